import type { Band } from '../progress/band.types.js';

/**
 * How a KPI is judged: more is better, less is better, or stay inside `[min, max]`.
 *
 * @example
 * const churn: KpiDirection = 'lower-is-better';
 */
export type KpiDirection = 'higher-is-better' | 'lower-is-better' | 'target-range';

/**
 * The numbers needed to score a KPI (a full `Kpi` domain record extends this with names and owners).
 *
 * @example
 * const churn: KpiInput = { actual: 3.1, target: 4, direction: 'lower-is-better' };
 */
export interface KpiInput {
  actual: number | null | undefined;
  /** Required for higher- and lower-is-better; ignored by target-range, which scores against `[min, max]`. */
  target?: number | null;
  direction: KpiDirection;
  /**
   * Range bounds for `target-range`. For higher-is-better, `min` is the attainment-0 point (default 0, so attainment
   * is actual ÷ target); for lower-is-better, `max` is the attainment-0 point (default: attainment is target ÷ actual).
   */
  min?: number | null;
  max?: number | null;
  /** target-range only: distance outside `[min, max]` over which attainment falls to 0 (default: the range width). */
  tolerance?: number | null;
  /** Bands over attainment in [0, 1]; `KPI_BANDS` by default. */
  bands?: readonly Band[];
  /** Upper clamp of attainment (default 1). */
  cap?: number;
}
