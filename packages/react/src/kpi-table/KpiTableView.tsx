import { KPI_BANDS } from '@northstar/core';
import {
  type ColumnFiltersState,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type Row,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { Fragment, type KeyboardEvent, memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { useControllableState } from '../internal/useControllableState.js';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.js';
import { useStandaloneRoot } from '../internal/useStandaloneRoot.js';
import type { KpiTableRow } from './buildKpiRows.js';
import { KpiRowDialog } from './KpiRowDialog.js';
import { type KpiTableOption, KpiTableToolbar } from './KpiTableToolbar.js';
import type { KpiTableFilters, KpiTableProps, KpiTableSorting } from './kpiTable.types.js';
import { type KpiTableColumn, useKpiTableColumns } from './useKpiTableColumns.js';
import type { KpiTableText } from './useKpiTableText.js';

/** Fixed row height in px: the virtualiser never measures, so the server can render the first window exactly. */
export const KPI_TABLE_ROW_HEIGHT = 44;
const HEADER_HEIGHT = 44;
const OVERSCAN = 6;
// Roughly the CSS max height of the scroll area: the server (and the first client render) shows ~20 rows.
const INITIAL_RECT = { width: 960, height: 14 * KPI_TABLE_ROW_HEIGHT };
const SKELETON_ROWS = 6;

/**
 * What the view shows besides the rows: data, a loading skeleton, or an error with a retry.
 *
 * @example
 * const state: KpiTableViewState = { kind: 'error', message: 'Network down', retry: () => refetch() };
 */
export type KpiTableViewState =
  | { kind: 'ready' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string; retry: () => void };

/**
 * Props of the presentational table shared by the controlled and connected `KpiTable`.
 *
 * @example
 * <KpiTableView rows={rows} text={text} state={{ kind: 'ready' }} connectedHistory={false} props={props} />
 */
export interface KpiTableViewProps {
  rows: readonly KpiTableRow[];
  text: KpiTableText;
  state: KpiTableViewState;
  /** Trend cells and the dialog load history through the adapter. */
  connectedHistory: boolean;
  props: KpiTableProps;
}

const EMPTY_SORTING: KpiTableSorting = [];
const EMPTY_FILTERS: KpiTableFilters = {};

const toColumnFilters = (filters: KpiTableFilters): ColumnFiltersState =>
  (['status', 'department'] as const).flatMap((id) => (filters[id] ? [{ id, value: filters[id] }] : []));

const fromColumnFilters = (state: ColumnFiltersState): KpiTableFilters =>
  Object.fromEntries(state.filter((f) => f.value).map((f) => [f.id, String(f.value)]));

// An emptied select removes its key, so onFiltersChange never reports `{ status: undefined }`.
const withFilter = (filters: KpiTableFilters, key: keyof KpiTableFilters, value: string): KpiTableFilters => {
  const { [key]: _dropped, ...rest } = filters;
  return value ? { ...rest, [key]: value } : rest;
};

const ariaSort = (sorted: false | 'asc' | 'desc') =>
  sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;

/**
 * The table itself: toolbar, sortable headers, a virtualised body with roving row focus, and the row dialog.
 *
 * @example
 * <KpiTableView rows={rows} text={text} state={{ kind: 'loading' }} connectedHistory props={{}} />
 */
export function KpiTableView({ rows, text, state, connectedHistory, props }: KpiTableViewProps) {
  const standaloneRoot = useStandaloneRoot();
  const { t } = text;
  const columns = useKpiTableColumns(text, connectedHistory);
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

  const columnFilters = useMemo(() => toColumnFilters(filters), [filters]);
  const table = useReactTable<KpiTableRow>({
    data: rows as KpiTableRow[],
    columns,
    state: {
      sorting: sorting as SortingState,
      globalFilter,
      columnFilters,
      columnVisibility: { department: false },
    },
    getRowId: (row) => row.kpi.id,
    enableMultiSort: false,
    onSortingChange: (updater) =>
      setSorting(
        (prev) =>
          (typeof updater === 'function' ? updater(prev as SortingState) : updater) as KpiTableSorting,
      ),
    onGlobalFilterChange: (updater) =>
      setGlobalFilter((prev) => String((typeof updater === 'function' ? updater(prev) : updater) ?? '')),
    onColumnFiltersChange: (updater) =>
      setFilters((prev) =>
        fromColumnFilters(typeof updater === 'function' ? updater(toColumnFilters(prev)) : updater),
      ),
    // The search box looks at name, owner and department together, prepared once per row in `search`.
    getColumnCanGlobalFilter: (column) => column.id === 'kpi',
    globalFilterFn: (row, _id, value: string) =>
      row.original.search.includes(String(value).trim().toLowerCase()),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const tableRows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns();
  const count = state.kind === 'ready' ? tableRows.length : 0;

  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // Roving tabindex: one row is in the tab order; when it is scrolled out of the window, the first rendered row is.
  // The active row is tracked by KPI id, so after a re-sort or filter the tab stop stays on the same KPI.
  const [activeId, setActiveId] = useState<string | null>(null);
  const activeIndex = Math.max(0, activeId === null ? 0 : tableRows.findIndex((row) => row.id === activeId));
  // The active row always stays mounted, even when a wheel scroll moves the window away from it: unmounting a
  // focused row would drop keyboard focus to <body>.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer({
    rangeExtractor,
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => KPI_TABLE_ROW_HEIGHT,
    overscan: OVERSCAN,
    initialRect: INITIAL_RECT,
    // Rows start below the sticky header, and scrolling a row "into view" must not hide it under that header.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  // (the fallback is the first row below the sticky header, so tabbing in never lands on an overscan row off-screen)
  const firstVisible =
    items.find((i) => i.start >= (virtualizer.scrollOffset ?? 0) + HEADER_HEIGHT) ?? items[0];
  const tabbable = items.some((i) => i.index === activeIndex) ? activeIndex : (firstVisible?.index ?? -1);
  const pendingFocus = useRef<number | null>(null);
  const focusPending = useCallback(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const el = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (!el) return;
    pendingFocus.current = null;
    el.focus({ preventScroll: true });
  }, []);
  // Runs after every render: the row asked for may only mount once the virtualiser has scrolled to it.
  useIsomorphicLayoutEffect(focusPending);
  // Read through a ref so `openRow` and `focusRow` stay stable and the memoised rows do not re-render on every
  // parent render; synced after commit (never written during render).
  const latest = useRef({ tableRows, onRowOpen: props.onRowOpen });
  useIsomorphicLayoutEffect(() => {
    latest.current = { tableRows, onRowOpen: props.onRowOpen };
  });
  const focusRow = useCallback(
    (index: number) => {
      const row = latest.current.tableRows[index];
      pendingFocus.current = index;
      if (row) setActiveId(row.id);
      virtualizer.scrollToIndex(index, { align: 'auto' });
      focusPending();
    },
    [virtualizer, focusPending],
  );

  // The KPI whose dialog was opened last: the row focus returns to when the dialog closes.
  const lastOpened = useRef<string | null>(null);
  const openRow = useCallback(
    (index: number) => {
      const row = latest.current.tableRows[index];
      if (!row) return;
      setActiveId(row.id);
      lastOpened.current = row.original.kpi.id;
      latest.current.onRowOpen?.(row.original.kpi);
      setOpenKpiId(row.original.kpi.id);
    },
    [setOpenKpiId],
  );
  const onFocusRow = useCallback((id: string) => setActiveId(id), []);
  const openEntry = openKpiId === null ? undefined : rows.find((r) => r.kpi.id === openKpiId);
  // a dialog opened from outside (controlled openKpiId) also returns focus to its row
  const openEntryId = openEntry?.kpi.id;
  useIsomorphicLayoutEffect(() => {
    if (openEntryId !== undefined) lastOpened.current = openEntryId;
  }, [openEntryId]);

  const onBodyKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const rowEl = event.target as HTMLElement;
    if (rowEl.tagName !== 'TR' || rowEl.dataset.index === undefined) return;
    const index = Number(rowEl.dataset.index);
    const page = Math.max(
      1,
      Math.floor(
        ((scrollRef.current?.clientHeight ?? INITIAL_RECT.height) - HEADER_HEIGHT) / KPI_TABLE_ROW_HEIGHT,
      ) - 1,
    );
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: count - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openRow(index);
      return;
    }
    const next = moves[event.key];
    if (next === undefined || event.altKey || event.metaKey) return;
    event.preventDefault();
    focusRow(Math.max(0, Math.min(next, count - 1)));
  };

  const statusOptions = useMemo<KpiTableOption[]>(() => {
    const seen = new Map<string, string>();
    for (const band of KPI_BANDS) seen.set(band.id, text.status({ band, status: band.id } as KpiTableRow));
    for (const row of rows) if (!seen.has(row.status)) seen.set(row.status, text.status(row));
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [rows, text]);
  const departmentOptions = useMemo<KpiTableOption[]>(() => {
    const names = new Set<string>();
    for (const row of rows) if (row.kpi.department) names.add(row.kpi.department);
    return [...names].sort(text.collator.compare).map((d) => ({ value: d, label: d }));
  }, [rows, text]);

  const hintId = useId();
  const label = props.label ?? t('kpiTable.label');
  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first ? first.index * KPI_TABLE_ROW_HEIGHT : 0;
  const padBottom = last ? (count - 1 - last.index) * KPI_TABLE_ROW_HEIGHT : 0;
  const filtered = globalFilter.trim() !== '' || Boolean(filters.status) || Boolean(filters.department);

  return (
    <div
      className={['ns-kpi-table', props.className].filter(Boolean).join(' ')}
      data-state={state.kind}
      {...standaloneRoot}
    >
      <KpiTableToolbar
        text={text}
        search={globalFilter}
        onSearchChange={setGlobalFilter}
        status={filters.status ?? ''}
        statusOptions={statusOptions}
        onStatusChange={(status) => setFilters((prev) => withFilter(prev, 'status', status))}
        department={filters.department ?? ''}
        departmentOptions={departmentOptions}
        onDepartmentChange={(department) => setFilters((prev) => withFilter(prev, 'department', department))}
        summary={
          state.kind === 'ready'
            ? t('kpiTable.count', { shown: count, total: rows.length, count: rows.length })
            : undefined
        }
      />
      {state.kind === 'error' ? (
        <div className="ns-kpi-table-error" role="alert">
          <p>{t('kpiTable.error', { message: state.message })}</p>
          <button type="button" className="ns-kpi-table-button" onClick={state.retry}>
            {t('kpiTable.retry')}
          </button>
        </div>
      ) : (
        <div className="ns-kpi-table-scroll" ref={scrollRef}>
          {state.kind === 'loading' ? (
            <span className="ns-kpi-table-visually-hidden" role="status">
              {t('kpiTable.loading')}
            </span>
          ) : null}
          <table
            className="ns-kpi-table-table"
            aria-label={label}
            aria-busy={state.kind === 'loading' ? true : undefined}
            aria-rowcount={count > 0 ? count + 1 : undefined}
            aria-describedby={count > 0 ? hintId : undefined}
          >
            <colgroup>
              {visibleColumns.map((column) => (
                <col key={column.id} className="ns-kpi-table-col" data-column={column.id} />
              ))}
            </colgroup>
            <thead className="ns-kpi-table-head">
              {table.getHeaderGroups().map((group) => (
                <tr
                  key={group.id}
                  aria-rowindex={count > 0 ? 1 : undefined}
                  style={{ height: HEADER_HEIGHT }}
                >
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    const title = flexRender(header.column.columnDef.header, header.getContext());
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        className="ns-kpi-table-header"
                        data-column={header.column.id}
                        aria-sort={ariaSort(sorted)}
                      >
                        {header.column.getCanSort() ? (
                          <button
                            type="button"
                            className="ns-kpi-table-sort"
                            data-sorted={sorted || undefined}
                            onClick={header.column.getToggleSortingHandler()}
                          >
                            <span className="ns-kpi-table-sort-label">{title}</span>
                            <SortIcon sorted={sorted} />
                          </button>
                        ) : (
                          title
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody className="ns-kpi-table-body" ref={bodyRef} onKeyDown={onBodyKeyDown}>
              {state.kind === 'loading' ? (
                <SkeletonRows columns={visibleColumns.map((c) => c.id)} />
              ) : count === 0 ? (
                <tr className="ns-kpi-table-message-row">
                  <td colSpan={visibleColumns.length} className="ns-kpi-table-message">
                    {rows.length === 0 ? t('kpiTable.empty') : t('kpiTable.noMatches')}
                    {filtered && rows.length > 0 ? (
                      <button
                        type="button"
                        className="ns-kpi-table-button"
                        onClick={() => {
                          setGlobalFilter('');
                          setFilters(EMPTY_FILTERS);
                        }}
                      >
                        {t('kpiTable.filter.clear')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ) : (
                <>
                  {padTop > 0 ? <Spacer height={padTop} columns={visibleColumns.length} /> : null}
                  {items.map((item, k) => {
                    const row = tableRows[item.index];
                    // The kept active row can sit far from the window: a spacer fills the gap so heights stay true.
                    const gap = k > 0 ? item.index - items[k - 1]!.index - 1 : 0;
                    return row ? (
                      <Fragment key={row.id}>
                        {gap > 0 ? (
                          <Spacer height={gap * KPI_TABLE_ROW_HEIGHT} columns={visibleColumns.length} />
                        ) : null}
                        <KpiTableBodyRow
                          row={row}
                          index={item.index}
                          columns={columns}
                          tabbable={item.index === tabbable}
                          onOpen={openRow}
                          onFocusRow={onFocusRow}
                        />
                      </Fragment>
                    ) : null;
                  })}
                  {padBottom > 0 ? <Spacer height={padBottom} columns={visibleColumns.length} /> : null}
                </>
              )}
            </tbody>
          </table>
          <span id={hintId} hidden>
            {t('kpiTable.rowHint')}
          </span>
        </div>
      )}
      <KpiRowDialog
        row={openEntry}
        text={text}
        connectedHistory={connectedHistory}
        onOpenChange={(open) => {
          if (!open) setOpenKpiId(null);
        }}
        onCloseAutoFocus={(event) => {
          // Radix would refocus whatever had focus before; the row is the right target even if it re-mounted.
          const index = tableRows.findIndex((r) => r.original.kpi.id === lastOpened.current);
          if (index < 0) return;
          event.preventDefault();
          focusRow(index);
        }}
      />
    </div>
  );
}

interface BodyRowProps {
  row: Row<KpiTableRow>;
  index: number;
  /** Only here so a memoised row re-renders when the columns (locale, messages) change. */
  columns: readonly KpiTableColumn[];
  tabbable: boolean;
  onOpen(index: number): void;
  onFocusRow(id: string): void;
}

// Memoised: while scrolling only rows entering the window render, which keeps 10,000 rows smooth.
const KpiTableBodyRow = memo(function KpiTableBodyRow({
  row,
  index,
  tabbable,
  onOpen,
  onFocusRow,
}: BodyRowProps) {
  return (
    <tr
      className="ns-kpi-table-row"
      data-index={index}
      data-status={row.original.status}
      aria-rowindex={index + 2}
      tabIndex={tabbable ? 0 : -1}
      style={{ height: KPI_TABLE_ROW_HEIGHT }}
      onClick={() => onOpen(index)}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusRow(row.id);
      }}
    >
      {row.getVisibleCells().map((cell) => {
        const content = flexRender(cell.column.columnDef.cell, cell.getContext());
        return cell.column.id === 'kpi' ? (
          <th key={cell.id} scope="row" className="ns-kpi-table-cell" data-column={cell.column.id}>
            {content}
          </th>
        ) : (
          <td key={cell.id} className="ns-kpi-table-cell" data-column={cell.column.id}>
            {content}
          </td>
        );
      })}
    </tr>
  );
});

function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row has no tabIndex; it must not count as a row for AT
    <tr className="ns-kpi-table-spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

// Placeholder rows and cells have no identity of their own; fixed keys keep React from re-creating them.
const SKELETON_ROW_KEYS = Array.from({ length: SKELETON_ROWS }, (_, i) => `row-${i}`);

function SkeletonRows({ columns }: { columns: readonly string[] }) {
  return SKELETON_ROW_KEYS.map((rowKey) => (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: placeholder rows have no tabIndex; the busy table announces loading
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

function SortIcon({ sorted }: { sorted: false | 'asc' | 'desc' }) {
  return (
    <svg className="ns-kpi-table-sort-icon" viewBox="0 0 8 12" aria-hidden="true" focusable="false">
      <path d="M4 0 8 5H0z" data-active={sorted === 'asc' || undefined} />
      <path d="M4 12 0 7h8z" data-active={sorted === 'desc' || undefined} />
    </svg>
  );
}
