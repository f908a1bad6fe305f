import { fail, isFiniteNumber, requireFiniteResult, show } from '../internal/assert.js';
import type { BinaryMetric, LinearMetric, Metric, RangeMetric } from './progress.types.js';

// `+ 0` turns -0 (0 / a negative span on a reduction goal) into 0, which Intl would print as "-0%".
const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : Math.min(x, hi)) + 0;

/** Reads an optional finite number, rejecting NaN/±Infinity and non-numbers with INVALID_METRIC naming the field. */
function finiteOrMissing(metric: object, field: string): number | null {
  const value = (metric as Record<string, unknown>)[field];
  if (value === null || value === undefined) return null;
  if (!isFiniteNumber(value)) {
    fail('INVALID_METRIC', `metric field "${field}" must be a finite number, got ${show(value)}`, {
      field,
      value,
    });
  }
  return value;
}

function required(metric: object, field: string): number {
  const value = finiteOrMissing(metric, field);
  if (value === null) fail('INVALID_METRIC', `metric field "${field}" is required`, { field });
  return value;
}

function linear(metric: LinearMetric): number | null {
  const start = required(metric, 'start');
  const target = required(metric, 'target');
  const cap = finiteOrMissing(metric, 'cap') ?? 1;
  if (cap < 0)
    fail('INVALID_METRIC', `metric field "cap" must be ≥ 0, got ${show(cap)}`, { field: 'cap', value: cap });
  const current = finiteOrMissing(metric, 'current');
  if (start === target) {
    const direction = metric.direction;
    if (direction !== 'increase' && direction !== 'decrease') {
      fail(
        'INVALID_METRIC',
        `metric with start === target (${show(start)}) needs "direction": "increase" or "decrease", got ${show(direction)}`,
        { field: 'direction', value: direction },
      );
    }
    if (current === null) return null;
    const met = direction === 'increase' ? current >= target : current <= target;
    return met ? Math.min(1, cap) : 0;
  }
  if (current === null) return null;
  // Dividing by the signed span makes reduction goals (200 → 0) work with no special case.
  const span = requireFiniteResult(
    target - start,
    'INVALID_METRIC',
    'metric "start" and "target" are too far apart',
    { field: 'target' },
  );
  const done = requireFiniteResult(
    current - start,
    'INVALID_METRIC',
    'metric "current" is too far from "start"',
    { field: 'current' },
  );
  return clamp(done / span, 0, cap);
}

function binary(metric: BinaryMetric): number | null {
  const done = metric.done;
  if (done === null || done === undefined) return null;
  if (typeof done !== 'boolean') {
    fail('INVALID_METRIC', `binary metric field "done" must be a boolean, got ${show(done)}`, {
      field: 'done',
      value: done,
    });
  }
  return done ? 1 : 0;
}

function range(metric: RangeMetric): number | null {
  const min = required(metric, 'min');
  const max = required(metric, 'max');
  if (min > max) {
    fail('INVALID_METRIC', `range metric needs "min" ≤ "max", got min ${show(min)} and max ${show(max)}`, {
      field: 'max',
      value: max,
    });
  }
  const tolerance = finiteOrMissing(metric, 'tolerance') ?? 0;
  if (tolerance < 0) {
    fail('INVALID_METRIC', `range metric field "tolerance" must be ≥ 0, got ${show(tolerance)}`, {
      field: 'tolerance',
      value: tolerance,
    });
  }
  const current = finiteOrMissing(metric, 'current');
  if (current === null) return null;
  if (current >= min && current <= max) return 1;
  if (tolerance === 0) return 0;
  const distance = current < min ? min - current : current - max;
  // An overflowing distance is simply far outside the range.
  return Number.isFinite(distance) ? clamp(1 - distance / tolerance, 0, 1) : 0;
}

/**
 * Normalised progress of a metric in [0, cap] (cap defaults to 1); `null` when there is no current value yet.
 *
 * @example
 * progress({ start: 200, target: 0, current: 100 }); // 0.5 — a reduction goal half way there
 * progress({ start: 50, target: 100, current: 50 }); // 0 — the start counts
 * progress({ kind: 'range', min: 95, max: 105, current: 108, tolerance: 10 }); // 0.7
 */
export function progress(metric: Metric): number | null {
  if (typeof metric !== 'object' || metric === null) {
    fail('INVALID_METRIC', `metric must be an object, got ${show(metric)}`, { value: metric });
  }
  const kind = metric.kind ?? 'linear';
  switch (kind) {
    case 'linear':
      return linear(metric as LinearMetric);
    case 'binary':
      return binary(metric as BinaryMetric);
    case 'range':
      return range(metric as RangeMetric);
    default:
      return fail(
        'INVALID_METRIC',
        `metric field "kind" must be "linear", "binary" or "range", got ${show(kind)}`,
        {
          field: 'kind',
          value: kind,
        },
      );
  }
}
