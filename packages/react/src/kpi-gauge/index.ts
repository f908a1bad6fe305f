// @northstar/react/kpi-gauge — names listed explicitly (no `export *`), so the subpath's surface is reviewable.
export { KpiGauge } from './KpiGauge.js';
export type {
  KpiGaugeBandSegment,
  KpiGaugeFormat,
  KpiGaugeModel,
  KpiGaugeProps,
  KpiGaugeSize,
  KpiGaugeTrend,
  KpiGaugeVariant,
} from './kpiGauge.types.js';
export { KPI_GAUGE_MESSAGES, type KpiGaugeMessageKey } from './kpiGaugeMessages.js';
