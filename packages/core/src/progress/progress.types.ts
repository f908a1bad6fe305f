/**
 * Which way a linear metric must move when `start === target` (otherwise the sign of `target − start` decides).
 *
 * @example
 * progress({ start: 0, target: 0, current: 0, direction: 'decrease' as MetricDirection }); // 1
 */
export type MetricDirection = 'increase' | 'decrease';

/**
 * A measurable key result tracked linearly from `start` to `target`; `current` null/undefined means "no check-in yet".
 *
 * @example
 * const churn: LinearMetric = { start: 8, target: 4, current: 6 }; // a reduction goal, 50% there
 */
export interface LinearMetric {
  kind?: 'linear';
  start: number;
  target: number;
  current?: number | null;
  /** Upper clamp of the result; 1 by default, above 1 allows over-achievement (e.g. 1.2). */
  cap?: number;
  /** Needed only when `start === target`. */
  direction?: MetricDirection;
}

/**
 * A done/not-done key result.
 *
 * @example
 * const launched: BinaryMetric = { kind: 'binary', done: true };
 */
export interface BinaryMetric {
  kind: 'binary';
  done?: boolean | null;
}

/**
 * A stay-within-range metric: 1 inside `[min, max]`, falling linearly to 0 over `tolerance` outside.
 *
 * @example
 * const latency: RangeMetric = { kind: 'range', min: 100, max: 200, current: 210, tolerance: 50 }; // 0.8
 */
export interface RangeMetric {
  kind: 'range';
  min: number;
  max: number;
  current?: number | null;
  /** Distance outside the range over which the score falls from 1 to 0; 0 (default) makes it a step. */
  tolerance?: number;
}

/**
 * Any metric `progress()` understands.
 *
 * @example
 * const metrics: Metric[] = [{ start: 0, target: 10, current: 4 }, { kind: 'binary', done: false }];
 */
export type Metric = LinearMetric | BinaryMetric | RangeMetric;
