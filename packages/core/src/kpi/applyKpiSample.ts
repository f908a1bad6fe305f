import type { Kpi } from '../domain/kpi.types.js';
import { comparePeriods } from './comparePeriods.js';

/**
 * A recorded sample as `applyKpiSample` takes it: period, actual, and optionally a new target.
 *
 * @example
 * const sample: KpiSampleUpdate = { period: '2026-12', actual: 92.5, target: 100 };
 */
export interface KpiSampleUpdate {
  period: string;
  actual: number | null;
  target?: number | null | undefined;
}

/**
 * The KPI after recording a sample, without changing the input: only a sample for the KPI's latest period (or a
 * later one) moves its headline numbers; a later period also shifts the old actual into `previous`; a back-filled
 * (earlier) sample changes nothing here (it joins the history only). A given target replaces the KPI's target.
 *
 * @example
 * applyKpiSample({ id: 'k', name: 'NRR', period: '2026-11', actual: 80, target: 100 }, { period: '2026-12', actual: 92 });
 * // { …, period: '2026-12', actual: 92, previous: 80, target: 100 }
 */
export function applyKpiSample(kpi: Kpi, sample: KpiSampleUpdate): Kpi {
  const order = kpi.period === undefined ? 1 : comparePeriods(sample.period, kpi.period);
  if (order < 0) return kpi;
  const next: Kpi = { ...kpi, period: sample.period, actual: sample.actual };
  if (order > 0 && kpi.period !== undefined) next.previous = kpi.actual ?? null;
  if (sample.target !== undefined && sample.target !== null) next.target = sample.target;
  return next;
}
