// A host with controlled gauges only (no adapter): provider + KpiGaugeView, which must not contain TanStack Query.
export { NorthstarProvider } from '../../dist/index.js';
export { KpiGaugeView } from '../../dist/kpi-gauge.js';
