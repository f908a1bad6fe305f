import type { Metric } from '../domain/goal.types.js';
import { fail, requireFinite, show } from '../internal/assert.js';
import { requireObject, requireOneOf, requireOptionalFinite } from './memoryChecks.js';

/**
 * Checks a goal's metric has the shape `progress()` accepts; errors name the goal and `metric.<field>`.
 *
 * @example
 * validateMetric({ start: 0, target: 10, current: 4 }, 'kr-1');
 */
export function validateMetric(metric: unknown, goalId: string | undefined): asserts metric is Metric {
  const m = requireObject(metric, 'INVALID_METRIC', 'goal', goalId, 'metric');
  const finite = (field: string): void => {
    requireFinite(m[field], 'INVALID_METRIC', 'goal', goalId, `metric.${field}`);
  };
  const kind = m.kind ?? 'linear';
  requireOneOf(kind, ['linear', 'binary', 'range'], 'INVALID_METRIC', 'goal', goalId, 'metric.kind');
  if (kind === 'binary') {
    if (m.done !== undefined && m.done !== null && typeof m.done !== 'boolean') {
      fail(
        'INVALID_METRIC',
        `goal ${show(goalId)} field "metric.done" must be a boolean or null, got ${show(m.done)}`,
        {
          id: goalId,
          field: 'metric.done',
          value: m.done,
        },
      );
    }
    return;
  }
  requireOptionalFinite(m.current, 'INVALID_METRIC', 'goal', goalId, 'metric.current');
  if (kind === 'range') {
    finite('min');
    finite('max');
    requireOptionalFinite(m.tolerance, 'INVALID_METRIC', 'goal', goalId, 'metric.tolerance');
    if ((m.min as number) > (m.max as number) || (typeof m.tolerance === 'number' && m.tolerance < 0)) {
      fail(
        'INVALID_METRIC',
        `goal ${show(goalId)} field "metric" needs min ≤ max and tolerance ≥ 0, got ${show(m)}`,
        {
          id: goalId,
          field: 'metric',
          value: m,
        },
      );
    }
    return;
  }
  finite('start');
  finite('target');
  requireOptionalFinite(m.cap, 'INVALID_METRIC', 'goal', goalId, 'metric.cap');
  requireOneOf(m.direction, ['increase', 'decrease'], 'INVALID_METRIC', 'goal', goalId, 'metric.direction');
  if (m.start === m.target && m.direction === undefined) {
    fail(
      'INVALID_METRIC',
      `goal ${show(goalId)} field "metric.direction" is required when start equals target (${show(m.start)})`,
      {
        id: goalId,
        field: 'metric.direction',
        value: m.direction,
      },
    );
  }
}
