import type { Kpi } from '@northstar/core';
import { useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.js';
import type { KpiTableRow } from './buildKpiRows.js';

/**
 * Options of {@link useKpiTableDialog}.
 *
 * @example
 * const options: KpiTableDialogOptions = { rows, shown, openKpiId, setOpenKpiId, onRowOpen, focusRow };
 */
export interface KpiTableDialogOptions {
  /** Every row (a controlled `openKpiId` may name one the filters hide). */
  rows: readonly KpiTableRow[];
  /** The shown rows, in display order. */
  shown: readonly KpiTableRow[];
  openKpiId: string | null;
  setOpenKpiId(id: string | null): void;
  onRowOpen: ((kpi: Kpi) => void) | undefined;
  /** Moves keyboard focus back into the grid, to the row at this index. */
  focusRow(index: number): void;
}

/**
 * The row dialog's wiring.
 *
 * @example
 * const dialog: KpiTableDialog = useKpiTableDialog(options);
 * <KpiRowDialog row={dialog.row} onOpenChange={dialog.onOpenChange} onCloseAutoFocus={dialog.onCloseAutoFocus} />;
 */
export interface KpiTableDialog {
  /** The KPI whose dialog is open. */
  row: KpiTableRow | undefined;
  /** Opens the dialog of the shown row at `index` (calls `onRowOpen` first). */
  open(index: number): void;
  onOpenChange(open: boolean): void;
  /** Returns focus to the opened KPI's row, which may have been virtualised away and back meanwhile. */
  onCloseAutoFocus(event: Event): void;
}

/**
 * Opens the KPI dialog from a row and returns focus to that row (by KPI id) when it closes, also when the dialog was
 * opened from outside through a controlled `openKpiId`.
 *
 * @example
 * const dialog = useKpiTableDialog({ rows, shown, openKpiId, setOpenKpiId, onRowOpen, focusRow });
 */
export function useKpiTableDialog(options: KpiTableDialogOptions): KpiTableDialog {
  const { rows, shown, openKpiId, setOpenKpiId } = options;
  // The KPI whose dialog was opened last: written in handlers and effects only, never during render.
  const lastOpened = useRef<string | null>(null);
  const row = openKpiId === null ? undefined : rows.find((r) => r.kpi.id === openKpiId);
  const rowId = row?.kpi.id;
  useIsomorphicLayoutEffect(() => {
    if (rowId !== undefined) lastOpened.current = rowId;
  }, [rowId]);
  return {
    row,
    open(index) {
      const target = shown[index];
      if (!target) return;
      lastOpened.current = target.kpi.id;
      options.onRowOpen?.(target.kpi);
      setOpenKpiId(target.kpi.id);
    },
    onOpenChange(open) {
      if (!open) setOpenKpiId(null);
    },
    onCloseAutoFocus(event) {
      // Radix would refocus whatever had focus before; the row is the right target even if it re-mounted.
      const index = shown.findIndex((r) => r.kpi.id === lastOpened.current);
      if (index < 0) return;
      event.preventDefault();
      options.focusRow(index);
    },
  };
}
