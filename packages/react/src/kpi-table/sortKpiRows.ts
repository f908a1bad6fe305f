import type { KpiTableRow } from './buildKpiRows.js';
import type { KpiTableColumnId, KpiTableSorting } from './kpiTable.types.js';

const num = (v: number | null | undefined): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

// What each sortable column sorts by. Attainment and status both sort by core's numeric attainment; "no data" is
// undefined, which always sorts last (in both directions), so a KPI without data never poses as the worst or best.
const SORT_VALUE: Partial<Record<KpiTableColumnId, (row: KpiTableRow) => string | number | undefined>> = {
  kpi: (row) => row.kpi.name,
  owner: (row) => row.ownerName ?? row.kpi.ownerId,
  actual: (row) => num(row.kpi.actual),
  target: (row) => num(row.kpi.target),
  attainment: (row) => num(row.attainment),
  status: (row) => num(row.attainment),
};

/**
 * Whether the table can sort by a column (trend and gauge are visual only).
 *
 * @example
 * isSortableColumn('attainment'); // true
 */
export function isSortableColumn(id: KpiTableColumnId): boolean {
  return SORT_VALUE[id] !== undefined;
}

/**
 * The rows sorted by the first criterion (names and owners with the locale's collator, numbers numerically), stable,
 * with rows lacking a value last in both directions; the input is not changed.
 *
 * @example
 * sortKpiRows(rows, [{ id: 'attainment', desc: false }], new Intl.Collator('en'));
 */
export function sortKpiRows(
  rows: readonly KpiTableRow[],
  sorting: KpiTableSorting,
  collator: Intl.Collator,
): readonly KpiTableRow[] {
  const first = sorting[0];
  const sortValue = first ? SORT_VALUE[first.id] : undefined;
  if (!first || !sortValue) return rows;
  const sign = first.desc ? -1 : 1;
  const keyed = rows.map((row, index) => ({ row, index, value: sortValue(row) }));
  keyed.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) {
      if (a.value !== b.value) return a.value === undefined ? 1 : -1;
      return a.index - b.index;
    }
    const order =
      typeof a.value === 'number' && typeof b.value === 'number'
        ? a.value - b.value
        : collator.compare(String(a.value), String(b.value));
    return order === 0 ? a.index - b.index : sign * Math.sign(order);
  });
  return keyed.map((k) => k.row);
}

/**
 * The sorting after activating a column's header: unsorted → ascending → descending → unsorted; one column at a time.
 *
 * @example
 * nextSorting([{ id: 'attainment', desc: false }], 'attainment'); // [{ id: 'attainment', desc: true }]
 */
export function nextSorting(sorting: KpiTableSorting, id: KpiTableColumnId): KpiTableSorting {
  const current = sorting[0]?.id === id ? sorting[0] : undefined;
  if (!current) return [{ id, desc: false }];
  return current.desc ? [] : [{ id, desc: true }];
}
