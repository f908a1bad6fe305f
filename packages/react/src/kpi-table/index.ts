// The public API of @northstar/react/kpi-table, listed explicitly.
export { KpiTable } from './KpiTable.js';
export type {
  KpiTableColumnId,
  KpiTableFilters,
  KpiTableHistory,
  KpiTablePeople,
  KpiTableProps,
  KpiTableSorting,
} from './kpiTable.types.js';
export { KPI_TABLE_MESSAGES, type KpiTableMessageKey } from './kpiTableMessages.js';
