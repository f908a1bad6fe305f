import { fail, isFiniteNumber, requireFiniteResult, show } from '../internal/assert.js';
import type { KpiInput } from './kpi.types.js';

const DIRECTIONS = ['higher-is-better', 'lower-is-better', 'target-range'] as const;

function optional(
  kpi: KpiInput,
  field: 'actual' | 'target' | 'min' | 'max' | 'tolerance' | 'cap',
): number | null {
  const value = kpi[field];
  if (value === null || value === undefined) return null;
  if (!isFiniteNumber(value)) {
    fail('INVALID_METRIC', `KPI field "${field}" must be a finite number, got ${show(value)}`, {
      field,
      value,
    });
  }
  return value;
}

function needs(kpi: KpiInput, field: 'target' | 'min' | 'max', why: string): number {
  const value = optional(kpi, field);
  if (value === null) fail('INVALID_METRIC', `KPI field "${field}" is required ${why}`, { field });
  return value;
}

const clamp = (x: number, cap: number): number => (x < 0 ? 0 : Math.min(x, cap));

const finiteSpan = (span: number, field: string): number =>
  requireFiniteResult(span, 'INVALID_METRIC', `KPI field "${field}" is too far from the other bounds`, {
    field,
  });

/**
 * How far a KPI's actual is toward its target, in [0, cap] (cap defaults to 1); `null` when there is no actual yet.
 * A lower actual on a lower-is-better KPI never scores worse than a higher one.
 *
 * @example
 * kpiAttainment({ actual: 80, target: 100, direction: 'higher-is-better' }); // 0.8
 * kpiAttainment({ actual: 5, target: 4, direction: 'lower-is-better' }); // 0.8 (target ÷ actual)
 * kpiAttainment({ actual: 12, target: 4, max: 20, direction: 'lower-is-better' }); // 0.5
 * kpiAttainment({ actual: 103, min: 95, max: 100, direction: 'target-range' }); // 0.4
 */
export function kpiAttainment(kpi: KpiInput): number | null {
  if (typeof kpi !== 'object' || kpi === null)
    fail('INVALID_METRIC', `KPI must be an object, got ${show(kpi)}`, { value: kpi });
  const direction = kpi.direction;
  if (!DIRECTIONS.includes(direction)) {
    fail(
      'INVALID_METRIC',
      `KPI field "direction" must be one of ${DIRECTIONS.join(', ')}, got ${show(direction)}`,
      {
        field: 'direction',
        value: direction,
      },
    );
  }
  const cap = optional(kpi, 'cap') ?? 1;
  if (cap < 0)
    fail('INVALID_METRIC', `KPI field "cap" must be ≥ 0, got ${show(cap)}`, { field: 'cap', value: cap });
  const actual = optional(kpi, 'actual');

  if (direction === 'target-range') {
    const min = needs(kpi, 'min', 'for a target-range KPI');
    const max = needs(kpi, 'max', 'for a target-range KPI');
    if (min > max)
      fail('INVALID_METRIC', `KPI needs "min" ≤ "max", got ${min} and ${max}`, { field: 'max', value: max });
    const tolerance = optional(kpi, 'tolerance') ?? max - min;
    if (tolerance < 0)
      fail('INVALID_METRIC', `KPI field "tolerance" must be ≥ 0, got ${tolerance}`, {
        field: 'tolerance',
        value: tolerance,
      });
    if (actual === null) return null;
    if (actual >= min && actual <= max) return Math.min(1, cap);
    if (tolerance === 0) return 0;
    const distance = actual < min ? min - actual : actual - max;
    return Number.isFinite(distance) ? clamp(1 - distance / tolerance, Math.min(1, cap)) : 0;
  }

  const target = needs(kpi, 'target', `for a ${direction} KPI`);
  if (direction === 'higher-is-better') {
    const floor = optional(kpi, 'min') ?? 0;
    if (target <= floor) {
      fail(
        'INVALID_METRIC',
        `higher-is-better KPI needs "target" (${target}) above its zero point "min" (${floor})`,
        {
          field: 'target',
          value: target,
        },
      );
    }
    const span = finiteSpan(target - floor, 'target');
    if (actual === null) return null;
    return clamp(finiteSpan(actual - floor, 'actual') / span, cap);
  }

  const ceiling = optional(kpi, 'max');
  if (ceiling !== null) {
    if (ceiling <= target) {
      fail('INVALID_METRIC', `lower-is-better KPI needs "max" (${ceiling}) above "target" (${target})`, {
        field: 'max',
        value: ceiling,
      });
    }
    const span = finiteSpan(ceiling - target, 'max');
    if (actual === null) return null;
    return clamp(finiteSpan(ceiling - actual, 'actual') / span, cap);
  }
  if (target <= 0) {
    fail(
      'INVALID_METRIC',
      `lower-is-better KPI with "target" ${target} ≤ 0 needs "max" (the value that scores 0)`,
      {
        field: 'max',
      },
    );
  }
  if (actual === null) return null;
  // target ÷ actual: halving a miss doubles the score, and at or under target the KPI is met.
  return actual <= 0 ? cap : clamp(target / actual, cap);
}
