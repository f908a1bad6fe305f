import { type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject, useMemo, useRef } from 'react';
import { useKpiHistoryBatch } from '../data/useKpiHistoryBatch.js';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.js';
import { useNorthstar } from '../provider/useNorthstar.js';
import type { KpiTableRow } from './buildKpiRows.js';
import type { KpiTableText } from './createKpiTableText.js';
import type { KpiTableProps, KpiTableStatus } from './kpiTable.types.js';
import {
  KPI_TABLE_NARROW_COLUMNS,
  type KpiTableModel,
  type KpiTableShownColumnId,
  resolveKpiTable,
} from './resolveKpiTable.js';
import { nextSorting } from './sortKpiRows.js';
import { type KpiGridFocus, useKpiGridFocus } from './useKpiGridFocus.js';
import { type KpiTableDialog, useKpiTableDialog } from './useKpiTableDialog.js';
import { type KpiTableState, useKpiTableState, withFilter } from './useKpiTableState.js';
import { type KpiTableWindow, useKpiTableVirtualizer } from './useKpiTableVirtualizer.js';
import { useNarrowLayout } from './useNarrowLayout.js';

/**
 * What `useKpiTable` returns: the resolved model, the controllable state with its setters, the virtual window, the
 * grid's focus and the dialog, plus the refs and handlers `<KpiTable>` itself renders with.
 *
 * @example
 * const table: UseKpiTableResult = useKpiTable({ kpis });
 * table.model.rows.map((row) => row.kpi.name);
 */
export interface UseKpiTableResult {
  model: KpiTableModel;
  status: KpiTableStatus;
  text: KpiTableText;
  state: KpiTableState;
  /** Unsorted → ascending → descending → unsorted, one column at a time. */
  toggleSort(column: KpiTableShownColumnId): void;
  setStatusFilter(status: string): void;
  setDepartmentFilter(department: string): void;
  clearFilters(): void;
  /** The mounted rows of the virtualised body. */
  window: KpiTableWindow;
  /** The container query's layout: `narrow` below 480 px shows name, actual of target and status only. */
  layout: 'wide' | 'narrow';
  focus: KpiGridFocus;
  dialog: KpiTableDialog;
  /** Trend cells and the dialog load history through the adapter. */
  connectedHistory: boolean;
  /** Connected history arrives in one `kpis.historyMany` request per window (false: per row). */
  historyBatched: boolean;
  rootRef(element: HTMLElement | null): void;
  scrollRef: RefObject<HTMLDivElement | null>;
  gridRef: RefObject<HTMLTableElement | null>;
  /** Delegated grid handlers: keyboard moves, focus tracking, a click on a row opens it. */
  gridHandlers: {
    onKeyDown(event: KeyboardEvent<HTMLElement>): void;
    onFocus(event: FocusEvent<HTMLElement>): void;
    onClick(event: MouseEvent<HTMLElement>): void;
  };
}

/**
 * The table's behaviour over already scored rows, shared by `useKpiTable` (controlled data) and the connected table.
 *
 * @example
 * const table = useKpiTableController(props, rows, { kind: 'ready' }, false, text);
 */
export function useKpiTableController(
  props: KpiTableProps,
  rows: readonly KpiTableRow[],
  status: KpiTableStatus,
  connectedHistory: boolean,
  text: KpiTableText,
): UseKpiTableResult {
  const state = useKpiTableState(props);
  const { sorting, globalFilter, filters, setSorting, setFilters, setGlobalFilter } = state;
  const ready = status.kind === 'ready';
  const columnsKey = props.columns?.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `columnsKey` is the content of props.columns
  const model = useMemo(
    () =>
      resolveKpiTable(
        { rows, columns: props.columns, sorting, globalFilter, filters, label: props.label, ready },
        text,
      ),
    [rows, columnsKey, sorting, globalFilter, filters, props.label, ready, text],
  );
  const shown = ready ? model.rows : [];

  const [rootRef, narrow] = useNarrowLayout();
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const keyboardColumns = useMemo(
    () =>
      model.columns
        .map((column) => column.id)
        .filter((id) => !narrow || KPI_TABLE_NARROW_COLUMNS.includes(id)),
    [model.columns, narrow],
  );

  // The focus hook needs the window (to scroll) and the window needs the active row (to keep it mounted): the
  // virtualiser and the dialog are read through refs synced after commit, before any handler can run.
  const windowRef = useRef<KpiTableWindow | null>(null);
  const dialogRef = useRef<KpiTableDialog | null>(null);
  const { direction } = useNorthstar();
  const focus = useKpiGridFocus({
    rows: shown,
    columns: keyboardColumns,
    gridRef,
    rtl: direction === 'rtl',
    page: () => windowRef.current?.page() ?? 1,
    scrollToIndex: (index) => windowRef.current?.virtualizer.scrollToIndex(index, { align: 'auto' }),
    onActivate: (index) => dialogRef.current?.open(index),
  });
  const window = useKpiTableVirtualizer(shown.length, focus.activeIndex, scrollRef);
  const dialog = useKpiTableDialog({
    rows,
    shown,
    openKpiId: state.openKpiId,
    setOpenKpiId: state.setOpenKpiId,
    onRowOpen: props.onRowOpen,
    focusRow: (index) => focus.focusCell(index, focus.activeColumn),
  });
  // synced after commit (never during render); handlers and the focus effect only run after commit
  useIsomorphicLayoutEffect(() => {
    windowRef.current = window;
    dialogRef.current = dialog;
  });

  const visibleIds = window.indexes.flatMap((index) => shown[index]?.kpi.id ?? []);
  const historyBatched = useKpiHistoryBatch(visibleIds, connectedHistory && ready);

  return {
    model,
    status,
    text,
    state,
    toggleSort: (column) => setSorting((previous) => nextSorting(previous, column)),
    setStatusFilter: (value) => setFilters((previous) => withFilter(previous, 'status', value)),
    setDepartmentFilter: (value) => setFilters((previous) => withFilter(previous, 'department', value)),
    clearFilters: () => {
      setGlobalFilter('');
      setFilters({});
    },
    window,
    layout: narrow ? 'narrow' : 'wide',
    focus,
    dialog,
    connectedHistory,
    historyBatched,
    rootRef,
    scrollRef,
    gridRef,
    gridHandlers: {
      onKeyDown: focus.onKeyDown,
      onFocus: focus.onFocus,
      onClick: (event) => {
        const row = (event.target as HTMLElement).closest('tbody tr[aria-rowindex]');
        const index = Number(row?.getAttribute('aria-rowindex')) - 2;
        if (row && index >= 0) dialog.open(index);
      },
    },
  };
}
