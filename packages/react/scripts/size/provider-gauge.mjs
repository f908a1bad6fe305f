// What a host that renders one gauge inside a provider imports (measured by scripts/size.mjs).
export { NorthstarProvider } from '../../dist/index.js';
export { KpiGauge } from '../../dist/kpi-gauge.js';
