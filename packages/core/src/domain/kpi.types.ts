import type { KpiInput } from '../kpi/kpi.types.js';

/**
 * How a KPI's numbers are displayed.
 *
 * @example
 * const format: KpiFormat = 'percent';
 */
export type KpiFormat = 'number' | 'percent' | 'currency';

/**
 * A named, owned KPI: the scoring fields of `KpiInput` plus what a dashboard shows.
 *
 * @example
 * const churn: Kpi = {
 *   id: 'churn', name: 'Monthly churn', actual: 3.1, target: 4, direction: 'lower-is-better',
 *   unit: '%', format: 'percent', previous: 3.6, period: '2025-08',
 * };
 */
export interface Kpi extends KpiInput {
  id: string;
  name: string;
  ownerId?: string;
  department?: string;
  /** Unit label, e.g. `%`, `ms`, `tickets`. */
  unit?: string;
  format?: KpiFormat;
  /** ISO 4217 code when `format` is `currency`, e.g. `EUR`. */
  currency?: string;
  /** The actual of the period before `period`; null when there was no data. */
  previous?: number | null;
  /** The period `actual` belongs to, as a string that sorts chronologically (`2025-08`, `2025-Q3`). */
  period?: string;
}

/**
 * One period's value of a KPI, for trend lines and sparklines.
 *
 * @example
 * const s: KpiSample = { kpiId: 'churn', period: '2025-07', actual: 3.6, target: 4 };
 */
export interface KpiSample {
  kpiId: string;
  /** A string that sorts chronologically (`2025-07`, `2025-Q3`, `2025-07-14`). */
  period: string;
  actual: number | null;
  target?: number;
}
