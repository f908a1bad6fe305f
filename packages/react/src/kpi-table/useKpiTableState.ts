import { useControllableState } from '../internal/useControllableState.js';
import type { KpiTableFilters, KpiTableProps, KpiTableSorting } from './kpiTable.types.js';

const EMPTY_SORTING: KpiTableSorting = [];
const EMPTY_FILTERS: KpiTableFilters = {};

/**
 * The table's four controllable states (sorting, search, filters, open dialog), each controlled by its prop or kept
 * internally from its `default…` prop, with its `on…Change` called either way.
 *
 * @example
 * const state = useKpiTableState(props);
 * state.setSorting([{ id: 'attainment', desc: false }]);
 */
export interface KpiTableState {
  sorting: KpiTableSorting;
  setSorting(next: KpiTableSorting | ((previous: KpiTableSorting) => KpiTableSorting)): void;
  globalFilter: string;
  setGlobalFilter(next: string): void;
  filters: KpiTableFilters;
  setFilters(next: KpiTableFilters | ((previous: KpiTableFilters) => KpiTableFilters)): void;
  openKpiId: string | null;
  setOpenKpiId(next: string | null): void;
}

/**
 * Holds the table's sorting, search, filters and open KPI as value/defaultValue/onChange states.
 *
 * @example
 * const { sorting, setSorting } = useKpiTableState({ defaultSorting: [{ id: 'kpi', desc: false }] });
 */
export function useKpiTableState(props: KpiTableProps): KpiTableState {
  const [sorting, setSorting] = useControllableState({
    value: props.sorting,
    defaultValue: props.defaultSorting ?? EMPTY_SORTING,
    onChange: props.onSortingChange,
    name: 'KpiTable.sorting',
  });
  const [globalFilter, setGlobalFilter] = useControllableState({
    value: props.globalFilter,
    defaultValue: props.defaultGlobalFilter ?? '',
    onChange: props.onGlobalFilterChange,
    name: 'KpiTable.globalFilter',
  });
  const [filters, setFilters] = useControllableState({
    value: props.filters,
    defaultValue: props.defaultFilters ?? EMPTY_FILTERS,
    onChange: props.onFiltersChange,
    name: 'KpiTable.filters',
  });
  const [openKpiId, setOpenKpiId] = useControllableState({
    value: props.openKpiId,
    defaultValue: props.defaultOpenKpiId ?? null,
    onChange: props.onOpenKpiIdChange,
    name: 'KpiTable.openKpiId',
  });
  return { sorting, setSorting, globalFilter, setGlobalFilter, filters, setFilters, openKpiId, setOpenKpiId };
}

/**
 * The filters with one select changed; an emptied select removes its key, so `onFiltersChange` never reports
 * `{ status: undefined }`.
 *
 * @example
 * withFilter({ status: 'at-risk' }, 'status', ''); // {}
 */
export function withFilter(
  filters: KpiTableFilters,
  key: keyof KpiTableFilters,
  value: string,
): KpiTableFilters {
  const { [key]: _dropped, ...rest } = filters;
  return value ? { ...rest, [key]: value } : rest;
}
