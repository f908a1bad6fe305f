// What a host that renders the KPI table inside a provider imports (measured by scripts/size.mjs).
export { NorthstarProvider } from '../../dist/index.js';
export { KpiTable } from '../../dist/kpi-table.js';
