import { KPI_BANDS } from '@northstar/core';
import type { KpiTableRow } from './buildKpiRows.js';
import type { KpiTableText } from './createKpiTableText.js';
import type { KpiTableColumnId, KpiTableFilters, KpiTableProps, KpiTableSorting } from './kpiTable.types.js';
import { isSortableColumn, sortKpiRows } from './sortKpiRows.js';

/**
 * The id of a column the table can show (every column id but the filter-only `department`).
 *
 * @example
 * const id: KpiTableShownColumnId = 'status';
 */
export type KpiTableShownColumnId = Exclude<KpiTableColumnId, 'department'>;

/**
 * Every column in its default order; `kpi` is the row header.
 *
 * @example
 * KPI_TABLE_COLUMNS[0]; // 'kpi'
 */
export const KPI_TABLE_COLUMNS: readonly KpiTableShownColumnId[] = [
  'kpi',
  'owner',
  'actual',
  'target',
  'attainment',
  'status',
  'trend',
  'gauge',
];

/**
 * The columns the narrow layout (container under 480 px) keeps; `kpiTable.css` hides the others at the same width.
 *
 * @example
 * KPI_TABLE_NARROW_COLUMNS.includes('status'); // true
 */
export const KPI_TABLE_NARROW_COLUMNS: readonly KpiTableShownColumnId[] = ['kpi', 'actual', 'status'];

/**
 * One column as the view shows it.
 *
 * @example
 * const column: KpiTableColumnModel = { id: 'attainment', label: 'Attainment', colIndex: 5, sortable: true, sorted: 'asc', ariaSort: 'ascending' };
 */
export interface KpiTableColumnModel {
  id: KpiTableShownColumnId;
  label: string;
  /** 1-based position, for `aria-colindex`. */
  colIndex: number;
  sortable: boolean;
  sorted: false | 'asc' | 'desc';
  ariaSort: 'ascending' | 'descending' | undefined;
}

/**
 * One option of a toolbar select.
 *
 * @example
 * const option: KpiTableOption = { value: 'at-risk', label: 'At risk' };
 */
export interface KpiTableOption {
  value: string;
  label: string;
}

/**
 * What `resolveKpiTable` reads: the scored rows and the table's current sorting, search and filters.
 *
 * @example
 * const input: KpiTableInput = { rows, sorting: [], globalFilter: '', filters: {}, ready: true };
 */
export interface KpiTableInput {
  rows: readonly KpiTableRow[];
  columns?: KpiTableProps['columns'];
  sorting: KpiTableSorting;
  globalFilter: string;
  filters: KpiTableFilters;
  label?: string | undefined;
  /** False while loading or failed: no count and no empty message then. */
  ready: boolean;
}

/**
 * The table's view model: columns, the filtered and sorted rows, the toolbar's options and texts.
 *
 * @example
 * const model: KpiTableModel = resolveKpiTable(input, text);
 * model.rows.length; // 14
 */
export interface KpiTableModel {
  label: string;
  columns: readonly KpiTableColumnModel[];
  /** Every row that passes the search and filters, in display order (the view virtualises them). */
  rows: readonly KpiTableRow[];
  /** All rows before filtering. */
  total: number;
  /** "Showing 14 of 32 KPIs"; undefined unless ready. */
  summary: string | undefined;
  /** "No KPIs" or "No KPIs match the filters" when ready without rows; otherwise null. */
  message: string | null;
  /** A search or filter is set (the empty message then offers "Clear filters"). */
  filtered: boolean;
  statusOptions: readonly KpiTableOption[];
  departmentOptions: readonly KpiTableOption[];
}

/** The host's column choice and order; `kpi` (the row header) always first. */
function chooseColumns(chosen: KpiTableProps['columns']): KpiTableShownColumnId[] {
  if (!chosen) return [...KPI_TABLE_COLUMNS];
  const ids = ['kpi', ...chosen].filter((id): id is KpiTableShownColumnId =>
    KPI_TABLE_COLUMNS.includes(id as KpiTableShownColumnId),
  );
  return [...new Set(ids)];
}

/**
 * The pure KPI table: chooses and labels the columns, filters the rows by the search (name, owner, department) and
 * the status and department selects, sorts them (one column; rows without a value last), and words the count and
 * empty states through `text`. No React and no DOM, so it is tested in Node for every locale.
 *
 * @example
 * const text = createKpiTableText(createTranslator(KPI_TABLE_MESSAGES, 'en-US'), createFormatters('en-US'));
 * const model = resolveKpiTable({ rows: buildKpiRows(kpis, {}, {}), sorting: [], globalFilter: 'churn', filters: {}, ready: true }, text);
 * model.summary; // 'Showing 1 of 32 KPIs'
 */
export function resolveKpiTable(input: KpiTableInput, text: KpiTableText): KpiTableModel {
  const { t } = text;
  const { rows, sorting, filters } = input;
  const sortedBy = sorting[0];
  const columns = chooseColumns(input.columns).map((id, index): KpiTableColumnModel => {
    const sortable = isSortableColumn(id);
    const sorted = sortable && sortedBy?.id === id ? (sortedBy.desc ? 'desc' : 'asc') : false;
    return {
      id,
      label: t(`kpiTable.column.${id}`),
      colIndex: index + 1,
      sortable,
      sorted,
      ariaSort: sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined,
    };
  });

  const search = input.globalFilter.trim().toLowerCase();
  const matching = rows.filter(
    (row) =>
      (!search || row.search.includes(search)) &&
      (!filters.status || row.status === filters.status) &&
      (!filters.department || row.kpi.department === filters.department),
  );
  const shown = sortKpiRows(matching, sorting, text.collator);

  const statuses = new Map<string, string>();
  for (const band of KPI_BANDS) statuses.set(band.id, text.status({ band, status: band.id } as KpiTableRow));
  for (const row of rows) if (!statuses.has(row.status)) statuses.set(row.status, text.status(row));
  const departments = new Set<string>();
  for (const row of rows) if (row.kpi.department) departments.add(row.kpi.department);

  const filtered = input.globalFilter.trim() !== '' || Boolean(filters.status) || Boolean(filters.department);
  return {
    label: input.label ?? t('kpiTable.label'),
    columns,
    rows: shown,
    total: rows.length,
    summary: input.ready
      ? t('kpiTable.count', { shown: shown.length, total: rows.length, count: rows.length })
      : undefined,
    message:
      !input.ready || shown.length > 0
        ? null
        : rows.length === 0
          ? t('kpiTable.empty')
          : t('kpiTable.noMatches'),
    filtered,
    statusOptions: [...statuses].map(([value, label]) => ({ value, label })),
    departmentOptions: [...departments].sort(text.collator.compare).map((d) => ({ value: d, label: d })),
  };
}
