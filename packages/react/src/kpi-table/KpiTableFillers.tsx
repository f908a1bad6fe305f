import { KPI_TABLE_ROW_HEIGHT } from './useKpiTableVirtualizer.js';

/**
 * An aria-hidden spacer row standing in for rows outside the virtual window, so the scroll height stays true.
 *
 * @example
 * <KpiTableSpacer height={440} columns={8} />
 */
export function KpiTableSpacer({ height, columns }: { height: number; columns: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row has no tabIndex; it must not count as a row for AT
    <tr className="ns-kpi-table-spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

const SKELETON_ROWS = 6;
// Placeholder rows and cells have no identity of their own; fixed keys keep React from re-creating them.
const SKELETON_ROW_KEYS = Array.from({ length: SKELETON_ROWS }, (_, i) => `row-${i}`);

/**
 * Aria-hidden placeholder rows while the KPIs load (the busy grid and a status message announce the loading).
 *
 * @example
 * <KpiTableSkeleton columns={['kpi', 'status']} />
 */
export function KpiTableSkeleton({ columns }: { columns: readonly string[] }) {
  return SKELETON_ROW_KEYS.map((rowKey) => (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: placeholder rows have no tabIndex; the busy grid announces loading
    <tr
      key={rowKey}
      className="ns-kpi-table-row"
      data-state="loading"
      aria-hidden="true"
      style={{ height: KPI_TABLE_ROW_HEIGHT }}
    >
      {columns.map((column) => (
        <td key={column} className="ns-kpi-table-cell" data-column={column}>
          <span className="ns-kpi-table-skeleton" />
        </td>
      ))}
    </tr>
  ));
}

/**
 * The two-triangle sort indicator; the active direction is filled (`aria-sort` on the header says it in words).
 *
 * @example
 * <KpiTableSortIcon sorted="asc" />
 */
export function KpiTableSortIcon({ sorted }: { sorted: false | 'asc' | 'desc' }) {
  return (
    <svg className="ns-kpi-table-sort-icon" viewBox="0 0 8 12" aria-hidden="true" focusable="false">
      <path d="M4 0 8 5H0z" data-active={sorted === 'asc' || undefined} />
      <path d="M4 12 0 7h8z" data-active={sorted === 'desc' || undefined} />
    </svg>
  );
}
