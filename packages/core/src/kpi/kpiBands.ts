import type { Band } from '../progress/band.types.js';

/**
 * Default KPI status bands over attainment: off track below 0.7, at risk from 0.7, on track from 0.9.
 *
 * @example
 * kpiStatus({ actual: 72, target: 100, direction: 'higher-is-better' }).band?.label; // 'At risk'
 */
export const KPI_BANDS: readonly Band[] = Object.freeze([
  Object.freeze({ id: 'off-track', label: 'Off track', from: 0, tone: 'danger' as const }),
  Object.freeze({ id: 'at-risk', label: 'At risk', from: 0.7, tone: 'warning' as const }),
  Object.freeze({ id: 'on-track', label: 'On track', from: 0.9, tone: 'success' as const }),
]);
