// The public API of @northstar/react/kpi-table, listed explicitly.
export { buildKpiRows, type KpiTableRow } from './buildKpiRows.js';
export { createKpiTableText, type KpiTableText } from './createKpiTableText.js';
export { KpiTable } from './KpiTable.js';
export { KpiTableView, type KpiTableViewProps } from './KpiTableView.js';
export type {
  KpiTableColumnId,
  KpiTableFilters,
  KpiTableHistory,
  KpiTablePeople,
  KpiTableProps,
  KpiTableSorting,
  KpiTableStatus,
} from './kpiTable.types.js';
export { KPI_TABLE_MESSAGES, type KpiTableMessageKey } from './kpiTableMessages.js';
export {
  type KpiTableColumnModel,
  type KpiTableInput,
  type KpiTableModel,
  type KpiTableOption,
  type KpiTableShownColumnId,
  resolveKpiTable,
} from './resolveKpiTable.js';
export type { KpiTableElementProps } from './splitKpiTableProps.js';
export type { KpiGridFocus } from './useKpiGridFocus.js';
export { type UseKpiTableOptions, useKpiTable } from './useKpiTable.js';
export type { UseKpiTableResult } from './useKpiTableController.js';
export type { KpiTableDialog } from './useKpiTableDialog.js';
export type { KpiTableState } from './useKpiTableState.js';
export type { KpiTableWindow } from './useKpiTableVirtualizer.js';
