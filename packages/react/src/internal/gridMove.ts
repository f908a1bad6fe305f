/**
 * A cell of a grid by position: `row` counts from `firstRow` (-1 for a header row above row 0), `col` from 0.
 *
 * @example
 * const cell: GridPosition = { row: 3, col: 0 };
 */
export interface GridPosition {
  row: number;
  col: number;
}

/**
 * The grid's extent for {@link gridMove}.
 *
 * @example
 * const size: GridSize = { firstRow: -1, rows: 10_000, cols: 8, page: 12, rtl: false };
 */
export interface GridSize {
  /** The first row's number: -1 when a header row sits above the data rows, else 0. */
  firstRow: number;
  /** Data rows (numbered 0 … rows − 1). */
  rows: number;
  cols: number;
  /** Rows moved by Page Up / Page Down. */
  page: number;
  /** Right-to-left: ArrowLeft moves to the next column. */
  rtl: boolean;
}

/** The part of a keyboard event {@link gridMove} reads. */
type GridKey = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * Where focus goes for a key in a WAI-ARIA data grid (APG): arrows move one cell (mirrored in RTL), Home/End to the
 * row's first/last cell, Ctrl+Home/End to the grid's first/last cell, Page Up/Down by a page of data rows (never onto
 * the header row). Returns null for a key the grid does not handle; positions are clamped, never outside the grid.
 *
 * @example
 * gridMove({ key: 'ArrowDown', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false }, { row: -1, col: 2 }, size); // { row: 0, col: 2 }
 */
export function gridMove(event: GridKey, at: GridPosition, size: GridSize): GridPosition | null {
  if (event.altKey || event.shiftKey) return null;
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const ctrl = event.ctrlKey || event.metaKey;
  const clamp = (row: number, col: number, top = size.firstRow): GridPosition => ({
    row: Math.max(top, Math.min(row, Math.max(lastRow, size.firstRow))),
    col: Math.max(0, Math.min(col, lastCol)),
  });
  const next = size.rtl ? 'ArrowLeft' : 'ArrowRight';
  const previous = size.rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (event.key) {
    case 'ArrowDown':
      return ctrl ? null : clamp(at.row + 1, at.col);
    case 'ArrowUp':
      return ctrl ? null : clamp(at.row - 1, at.col);
    case next:
      return ctrl ? null : clamp(at.row, at.col + 1);
    case previous:
      return ctrl ? null : clamp(at.row, at.col - 1);
    case 'Home':
      return ctrl ? clamp(size.firstRow, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(lastRow, lastCol) : clamp(at.row, lastCol);
    case 'PageDown':
      return ctrl || size.rows === 0 ? null : clamp(Math.max(0, at.row + size.page), at.col, 0);
    case 'PageUp':
      return ctrl || size.rows === 0 ? null : clamp(at.row - size.page, at.col, Math.min(0, at.row));
    default:
      return null;
  }
}
