import { type FocusEvent, type KeyboardEvent, type RefObject, useRef, useState } from 'react';
import { gridMove } from '../internal/gridMove.js';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.js';
import type { KpiTableRow } from './buildKpiRows.js';
import type { KpiTableShownColumnId } from './resolveKpiTable.js';

/** The header row's index in the grid's own numbering (data rows are 0 … n − 1). */
export const KPI_TABLE_HEADER_ROW = -1;

/**
 * Options of {@link useKpiGridFocus}.
 *
 * @example
 * const options: KpiGridFocusOptions = { rows, columns: ['kpi', 'status'], gridRef, rtl: false, page: () => 12, scrollToIndex, onActivate };
 */
export interface KpiGridFocusOptions {
  /** The shown rows in display order (the active cell is tracked by their KPI id). */
  rows: readonly KpiTableRow[];
  /** The columns the keyboard can reach, in order (the narrow layout hides some). */
  columns: readonly KpiTableShownColumnId[];
  gridRef: RefObject<HTMLTableElement | null>;
  rtl: boolean;
  page(): number;
  /** Brings a data row into the virtual window (it may not be mounted yet). */
  scrollToIndex(index: number): void;
  /** Enter or Space on a data row. */
  onActivate(index: number): void;
}

/**
 * The grid's roving focus: its one tab stop and the handlers the grid element needs.
 *
 * @example
 * const focus: KpiGridFocus = useKpiGridFocus(options);
 * <table onKeyDown={focus.onKeyDown} onFocus={focus.onFocus} />;
 */
export interface KpiGridFocus {
  /** The active cell's row: -1 for the header row, else an index into `rows`. */
  activeIndex: number;
  activeColumn: KpiTableShownColumnId;
  /** Makes a cell the tab stop and moves focus to it (once its row is mounted). */
  focusCell(index: number, column: KpiTableShownColumnId): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  onFocus(event: FocusEvent<HTMLElement>): void;
}

interface Active {
  /** KPI id, or null for the header row. */
  rowId: string | null;
  column: KpiTableShownColumnId;
}

/** The cell an event happened in: its grid row (-1 header) and column, read from the markup. */
function cellOf(target: EventTarget): { index: number; column: KpiTableShownColumnId } | null {
  const cell = (target as HTMLElement).closest?.<HTMLElement>('[data-column]');
  const rowIndex = Number(cell?.closest('tr')?.getAttribute('aria-rowindex'));
  if (!cell || !Number.isInteger(rowIndex) || rowIndex < 1) return null;
  return { index: rowIndex - 2, column: cell.dataset.column as KpiTableShownColumnId };
}

/** The element that takes focus for a cell: a header's sort button, otherwise the cell itself. */
function focusTarget(grid: HTMLElement | null, index: number, column: string): HTMLElement | null {
  const cell = grid
    ?.querySelector(`tr[aria-rowindex="${index + 2}"]`)
    ?.querySelector<HTMLElement>(`[data-column="${column}"]`);
  return cell?.querySelector<HTMLElement>('button') ?? cell ?? null;
}

/**
 * WAI-ARIA data grid focus for the KPI table, tracked **by KPI id and column**, so the tab stop stays on the same KPI
 * after a re-sort or filter (and falls back to the first row, or the row header column, when its row or column
 * disappears). Arrow keys, Home/End, Ctrl+Home/End and Page Up/Down move between cells (`gridMove`); the target row
 * is scrolled into the virtual window first and focused once it is mounted.
 *
 * @example
 * const focus = useKpiGridFocus({ rows, columns, gridRef, rtl, page, scrollToIndex, onActivate: openRow });
 */
export function useKpiGridFocus(options: KpiGridFocusOptions): KpiGridFocus {
  const { rows, columns, gridRef } = options;
  const [active, setActive] = useState<Active | null>(null);
  const found = active?.rowId ? rows.findIndex((row) => row.kpi.id === active.rowId) : -1;
  const activeIndex =
    active !== null && active.rowId === null
      ? KPI_TABLE_HEADER_ROW
      : found >= 0
        ? found
        : rows.length > 0
          ? 0
          : KPI_TABLE_HEADER_ROW;
  const activeColumn = active && columns.includes(active.column) ? active.column : (columns[0] ?? 'kpi');

  // Set by event handlers, consumed after commit: the row asked for may only mount once the virtualiser scrolled.
  const pending = useRef<{ index: number; column: string } | null>(null);
  const focusPending = () => {
    const wanted = pending.current;
    const element = wanted && focusTarget(gridRef.current, wanted.index, wanted.column);
    if (!element) return;
    pending.current = null;
    element.focus({ preventScroll: true });
  };
  useIsomorphicLayoutEffect(focusPending);

  const focusCell = (index: number, column: KpiTableShownColumnId) => {
    const rowId = index < 0 ? null : (rows[index]?.kpi.id ?? null);
    setActive((previous) =>
      previous?.rowId === rowId && previous.column === column ? previous : { rowId, column },
    );
    pending.current = { index, column };
    if (index >= 0) options.scrollToIndex(index);
    focusPending();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const at = cellOf(event.target);
    if (!at) return;
    if (event.key === 'Enter' || event.key === ' ') {
      // a header's sort button is a real button: the browser activates it
      if (at.index < 0) return;
      event.preventDefault();
      options.onActivate(at.index);
      return;
    }
    const col = Math.max(0, columns.indexOf(at.column));
    const next = gridMove(
      event,
      { row: at.index, col },
      {
        firstRow: KPI_TABLE_HEADER_ROW,
        rows: rows.length,
        cols: columns.length,
        page: options.page(),
        rtl: options.rtl,
      },
    );
    if (!next) return;
    event.preventDefault();
    focusCell(next.row, columns[next.col] ?? activeColumn);
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const at = cellOf(event.target);
    if (!at) return;
    const rowId = at.index < 0 ? null : (rows[at.index]?.kpi.id ?? null);
    setActive((previous) =>
      previous?.rowId === rowId && previous.column === at.column ? previous : { rowId, column: at.column },
    );
  };

  return { activeIndex, activeColumn, focusCell, onKeyDown, onFocus };
}
