import type { Kpi, KpiQuery, KpiSample } from '@northstar/core';

/**
 * The ids of the table's columns (`department` is hidden and only used for filtering).
 *
 * @example
 * const id: KpiTableColumnId = 'attainment';
 */
export type KpiTableColumnId =
  | 'kpi'
  | 'owner'
  | 'actual'
  | 'target'
  | 'attainment'
  | 'status'
  | 'trend'
  | 'gauge'
  | 'department';

/**
 * One sort criterion: a column id and whether it sorts descending (the table sorts by one column at a time).
 *
 * @example
 * const sorting: KpiTableSorting = [{ id: 'attainment', desc: false }];
 */
export type KpiTableSorting = ReadonlyArray<{ id: KpiTableColumnId; desc: boolean }>;

/**
 * The select filters: a status (a band id such as `at-risk`, or `no-data`) and a department; unset means all.
 *
 * @example
 * const filters: KpiTableFilters = { status: 'off-track', department: 'Sales' };
 */
export interface KpiTableFilters {
  status?: string;
  department?: string;
}

/**
 * KPI history for sparklines and the row dialog: samples grouped by KPI id, or one flat list (as
 * `MemoryAdapterSeed.kpiHistory` holds it) that the table groups itself.
 *
 * @example
 * const history: KpiTableHistory = { 'k-001': [{ kpiId: 'k-001', period: '2026-10', actual: 40.7e6 }] };
 */
export type KpiTableHistory = Readonly<Record<string, readonly KpiSample[]>> | readonly KpiSample[];

/**
 * Owner names by person id, or a list of people (core `Person` records fit).
 *
 * @example
 * const people: KpiTablePeople = { 'p-001': { name: 'Noah Müller' } };
 */
export type KpiTablePeople =
  | Readonly<Record<string, { name: string }>>
  | ReadonlyArray<{ id: string; name: string }>;

/**
 * Props of `<KpiTable>`. Pass `kpis` to control the data; leave it out to read KPIs through the provider's adapter.
 *
 * @example
 * <KpiTable kpis={kpis} history={history} people={people} defaultSorting={[{ id: 'attainment', desc: false }]} />
 */
export interface KpiTableProps {
  /** The KPIs to show (controlled). Without it the table is connected: it loads `useKpis(query)`. */
  kpis?: readonly Kpi[];
  /** Connected mode only: the filter passed to the adapter's `kpis.list`. */
  query?: KpiQuery;
  /**
   * Samples for the trend sparklines and the row dialog. Connected tables load them when absent: one
   * `kpis.historyMany` request per visible window, or one `kpis.history` per mounted row without it.
   */
  history?: KpiTableHistory;
  /** Owner names; connected tables read the adapter's people when absent. */
  people?: KpiTablePeople;
  /**
   * Which columns to show, in this order (default: kpi, owner, actual, target, attainment, status, trend, gauge).
   * `kpi` is the row header and is always shown first, even when left out.
   */
  columns?: readonly Exclude<KpiTableColumnId, 'department'>[];
  /** Controlled sorting. */
  sorting?: KpiTableSorting;
  defaultSorting?: KpiTableSorting;
  onSortingChange?: (sorting: KpiTableSorting) => void;
  /** Controlled text search over KPI name, owner and department. */
  globalFilter?: string;
  defaultGlobalFilter?: string;
  onGlobalFilterChange?: (globalFilter: string) => void;
  /** Controlled status and department filters. */
  filters?: KpiTableFilters;
  defaultFilters?: KpiTableFilters;
  onFiltersChange?: (filters: KpiTableFilters) => void;
  /** Controlled id of the KPI whose history dialog is open (`null` when closed). */
  openKpiId?: string | null;
  defaultOpenKpiId?: string | null;
  onOpenKpiIdChange?: (kpiId: string | null) => void;
  /** Called when a row is opened (click, Enter or Space), before its dialog shows. */
  onRowOpen?: (kpi: Kpi) => void;
  /** Accessible name of the table; defaults to the `kpiTable.label` message. */
  label?: string;
  className?: string;
}

/**
 * What the table shows besides its rows: data, a loading skeleton, or an error with a retry.
 *
 * @example
 * const status: KpiTableStatus = { kind: 'error', message: 'Network down', retry: () => refetch() };
 */
export type KpiTableStatus =
  | { kind: 'ready' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string; retry: () => void };
