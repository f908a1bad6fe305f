import { memo } from 'react';
import type { KpiTableRow } from './buildKpiRows.js';
import type { KpiTableText } from './createKpiTableText.js';
import { KpiTableCell } from './KpiTableCell.js';
import type { KpiTableColumnModel, KpiTableShownColumnId } from './resolveKpiTable.js';
import { KPI_TABLE_ROW_HEIGHT } from './useKpiTableVirtualizer.js';

/**
 * Props of {@link KpiTableBodyRow}.
 *
 * @example
 * const props: KpiTableBodyRowProps = { row, index: 0, columns, activeColumn: 'kpi', text, connectedHistory: false, historyBatched: false };
 */
export interface KpiTableBodyRowProps {
  row: KpiTableRow;
  /** 0-based position among the shown rows (`aria-rowindex` is index + 2: the header is row 1). */
  index: number;
  columns: readonly KpiTableColumnModel[];
  /** The tab stop's column when it is in this row; null otherwise. */
  activeColumn: KpiTableShownColumnId | null;
  text: KpiTableText;
  connectedHistory: boolean;
  historyBatched: boolean;
}

/**
 * One KPI as a grid row: the name is the row header, every other cell a gridcell; only the active cell is in the
 * tab order. Memoised: while scrolling only rows entering the window render, which keeps 10,000 rows smooth.
 *
 * @example
 * <KpiTableBodyRow row={row} index={0} columns={model.columns} activeColumn="kpi" text={text} connectedHistory={false} historyBatched={false} />
 */
export const KpiTableBodyRow = memo(function KpiTableBodyRow({
  row,
  index,
  columns,
  activeColumn,
  text,
  connectedHistory,
  historyBatched,
}: KpiTableBodyRowProps) {
  return (
    <tr
      className="ns-kpi-table-row"
      data-status={row.status}
      data-active={activeColumn === null ? undefined : ''}
      aria-rowindex={index + 2}
      style={{ height: KPI_TABLE_ROW_HEIGHT }}
    >
      {columns.map((column) => {
        const Cell = column.id === 'kpi' ? 'th' : 'td';
        return (
          <Cell
            key={column.id}
            role={column.id === 'kpi' ? 'rowheader' : 'gridcell'}
            scope={column.id === 'kpi' ? 'row' : undefined}
            className="ns-kpi-table-cell"
            data-column={column.id}
            aria-colindex={column.colIndex}
            tabIndex={column.id === activeColumn ? 0 : -1}
          >
            <KpiTableCell
              column={column.id}
              row={row}
              text={text}
              connectedHistory={connectedHistory}
              historyBatched={historyBatched}
            />
          </Cell>
        );
      })}
    </tr>
  );
});
