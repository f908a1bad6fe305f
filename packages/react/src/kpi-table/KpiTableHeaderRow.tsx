import { KpiTableSortIcon } from './KpiTableFillers.js';
import type { KpiTableColumnModel, KpiTableShownColumnId } from './resolveKpiTable.js';
import { KPI_TABLE_HEADER_HEIGHT } from './useKpiTableVirtualizer.js';

/**
 * Props of {@link KpiTableHeaderRow}.
 *
 * @example
 * const props: KpiTableHeaderRowProps = { columns, activeColumn: 'kpi', onSort: toggleSort };
 */
export interface KpiTableHeaderRowProps {
  columns: readonly KpiTableColumnModel[];
  /** The column of the grid's tab stop when it is in the header row; null otherwise. */
  activeColumn: KpiTableShownColumnId | null;
  onSort(column: KpiTableShownColumnId): void;
}

/**
 * The grid's header row (row 1): a sortable column's header holds a real button (its focus target, with `aria-sort`
 * on the header cell); the others are focusable cells themselves.
 *
 * @example
 * <KpiTableHeaderRow columns={model.columns} activeColumn={null} onSort={table.toggleSort} />
 */
export function KpiTableHeaderRow({ columns, activeColumn, onSort }: KpiTableHeaderRowProps) {
  return (
    <tr aria-rowindex={1} style={{ height: KPI_TABLE_HEADER_HEIGHT }}>
      {columns.map((column) => {
        const tabIndex = column.id === activeColumn ? 0 : -1;
        return (
          <th
            key={column.id}
            scope="col"
            className="ns-kpi-table-header"
            data-column={column.id}
            aria-colindex={column.colIndex}
            aria-sort={column.ariaSort}
            tabIndex={column.sortable ? undefined : tabIndex}
          >
            {column.sortable ? (
              <button
                type="button"
                className="ns-kpi-table-sort"
                data-sorted={column.sorted || undefined}
                tabIndex={tabIndex}
                onClick={() => onSort(column.id)}
              >
                <span className="ns-kpi-table-sort-label">{column.label}</span>
                <KpiTableSortIcon sorted={column.sorted} />
              </button>
            ) : (
              column.label
            )}
          </th>
        );
      })}
    </tr>
  );
}
