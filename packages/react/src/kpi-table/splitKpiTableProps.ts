import type { HTMLAttributes } from 'react';
import type { KpiTableProps } from './kpiTable.types.js';

/**
 * `<KpiTable>`'s props: the table's own plus any attribute of its root `<div>` (`id`, `data-*`, `style`, …).
 *
 * @example
 * const props: KpiTableElementProps = { kpis, id: 'sales-kpis', 'aria-describedby': 'help' };
 */
export type KpiTableElementProps = KpiTableProps & Omit<HTMLAttributes<HTMLDivElement>, keyof KpiTableProps>;

const OWN: Record<Exclude<keyof KpiTableProps, 'className'>, true> = {
  kpis: true,
  query: true,
  history: true,
  people: true,
  columns: true,
  sorting: true,
  defaultSorting: true,
  onSortingChange: true,
  globalFilter: true,
  defaultGlobalFilter: true,
  onGlobalFilterChange: true,
  filters: true,
  defaultFilters: true,
  onFiltersChange: true,
  openKpiId: true,
  defaultOpenKpiId: true,
  onOpenKpiIdChange: true,
  onRowOpen: true,
  label: true,
};

/**
 * Splits `<KpiTable>`'s props into the table's own and the root element's (which keep `className`).
 *
 * @example
 * const [props, root] = splitKpiTableProps({ kpis, id: 'kpis' }); // root = { id: 'kpis' }
 */
export function splitKpiTableProps(
  all: KpiTableElementProps,
): [props: KpiTableProps, root: HTMLAttributes<HTMLDivElement>] {
  const props: Record<string, unknown> = {};
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) (key in OWN ? props : root)[key] = value;
  return [props as KpiTableProps, root as HTMLAttributes<HTMLDivElement>];
}
