// @northstar/react/kpi-gauge — names listed explicitly (no `export *`), so the subpath's surface is reviewable.
export { KpiGauge } from './KpiGauge.js';
export { KpiGaugeView } from './KpiGaugeView.js';
export type {
  KpiGaugeBandSegment,
  KpiGaugeElementProps,
  KpiGaugeFormat,
  KpiGaugeModel,
  KpiGaugeProps,
  KpiGaugeRootProps,
  KpiGaugeSize,
  KpiGaugeTrend,
  KpiGaugeVariant,
} from './kpiGauge.types.js';
export { KPI_GAUGE_MESSAGES, type KpiGaugeMessageKey } from './kpiGaugeMessages.js';
export {
  type GaugeResult as KpiGaugeResult,
  type KpiGaugeEnvironment,
  type PropIssue as KpiGaugeIssue,
  resolveKpiGauge,
} from './resolveKpiGauge.js';
export { useKpiGauge } from './useKpiGauge.js';
