import type { Band } from '../progress/band.types.js';
import { bandOf } from '../progress/bandOf.js';
import type { KpiInput } from './kpi.types.js';
import { kpiAttainment } from './kpiAttainment.js';
import { KPI_BANDS } from './kpiBands.js';

/**
 * A KPI's scored state.
 *
 * @example
 * const s: KpiStatus = kpiStatus({ actual: 72, target: 100, direction: 'higher-is-better' });
 */
export interface KpiStatus {
  /** Attainment in [0, cap]; null without an actual. */
  attainment: number | null;
  /** The band attainment falls in; null without an actual. */
  band: Band | null;
  /** `band.id`, or `no-data`. */
  status: string;
  /** Whether the KPI meets its target (attainment ≥ 1); null without an actual. */
  met: boolean | null;
}

/**
 * Attainment plus its band (KPI_BANDS unless the KPI carries `bands`).
 *
 * @example
 * kpiStatus({ actual: 72, target: 100, direction: 'higher-is-better' });
 * // { attainment: 0.72, band: { id: 'at-risk', label: 'At risk', … }, status: 'at-risk', met: false }
 */
export function kpiStatus(kpi: KpiInput): KpiStatus {
  const attainment = kpiAttainment(kpi);
  const band = bandOf(attainment, kpi.bands ?? KPI_BANDS);
  return {
    attainment,
    band,
    status: band?.id ?? 'no-data',
    met: attainment === null ? null : attainment >= 1,
  };
}
