import { type ForwardedRef, Fragment, forwardRef, type HTMLAttributes, useCallback, useId } from 'react';
import { useStandaloneRoot } from '../internal/useStandaloneRoot.js';
import { KpiRowDialog } from './KpiRowDialog.js';
import { KpiTableBodyRow } from './KpiTableBodyRow.js';
import { KpiTableSkeleton, KpiTableSpacer } from './KpiTableFillers.js';
import { KpiTableHeaderRow } from './KpiTableHeaderRow.js';
import { KpiTableToolbar } from './KpiTableToolbar.js';
import { KPI_TABLE_HEADER_ROW } from './useKpiGridFocus.js';
import type { UseKpiTableResult } from './useKpiTableController.js';
import { KPI_TABLE_ROW_HEIGHT } from './useKpiTableVirtualizer.js';

/**
 * Props of {@link KpiTableView}: what `useKpiTable` returned, plus attributes for the root element.
 *
 * @example
 * <KpiTableView table={useKpiTable({ kpis })} id="kpis" />
 */
export interface KpiTableViewProps extends HTMLAttributes<HTMLDivElement> {
  table: UseKpiTableResult;
}

function useMergedRef<T>(a: (element: T | null) => void, b: ForwardedRef<T>) {
  return useCallback(
    (element: T | null) => {
      a(element);
      if (typeof b === 'function') b(element);
      else if (b) b.current = element;
    },
    [a, b],
  );
}

/**
 * The KPI table's markup over `useKpiTable`'s result: toolbar, a WAI-ARIA grid (sortable headers, a virtualised
 * body with one tab stop) and the row dialog. Renders only; every decision is in the hook. Forwards `ref` to its
 * root and spreads other props onto it.
 *
 * @example
 * const table = useKpiTable({ kpis, history, people });
 * return <KpiTableView table={table} className="my-kpis" />;
 */
export const KpiTableView = /* @__PURE__ */ forwardRef<HTMLDivElement, KpiTableViewProps>(
  function KpiTableView({ table, className, ...rest }, ref) {
    const standaloneRoot = useStandaloneRoot();
    const rootRef = useMergedRef(table.rootRef, ref);
    const hintId = useId();
    const { model, status, text, state, window, focus } = table;
    const { t } = text;
    const count = status.kind === 'ready' ? model.rows.length : 0;
    const colSpan = model.columns.length;
    const headerActive = focus.activeIndex === KPI_TABLE_HEADER_ROW ? focus.activeColumn : null;
    return (
      <div
        {...rest}
        ref={rootRef}
        className={['ns-kpi-table', className].filter(Boolean).join(' ')}
        data-state={status.kind}
        data-layout={table.layout}
        {...standaloneRoot}
      >
        <KpiTableToolbar
          text={text}
          search={state.globalFilter}
          onSearchChange={state.setGlobalFilter}
          status={state.filters.status ?? ''}
          statusOptions={model.statusOptions}
          onStatusChange={table.setStatusFilter}
          department={state.filters.department ?? ''}
          departmentOptions={model.departmentOptions}
          onDepartmentChange={table.setDepartmentFilter}
          summary={model.summary}
        />
        {status.kind === 'error' ? (
          <div className="ns-kpi-table-error" role="alert">
            <p>{t('kpiTable.error', { message: status.message })}</p>
            <button type="button" className="ns-kpi-table-button" onClick={status.retry}>
              {t('kpiTable.retry')}
            </button>
          </div>
        ) : (
          <div className="ns-kpi-table-scroll" ref={table.scrollRef}>
            {status.kind === 'loading' ? (
              <span className="ns-kpi-table-visually-hidden" role="status">
                {t('kpiTable.loading')}
              </span>
            ) : null}
            <table
              ref={table.gridRef}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the APG data grid is a <table role="grid">
              role="grid"
              className="ns-kpi-table-table"
              aria-label={model.label}
              aria-busy={status.kind === 'loading' ? true : undefined}
              aria-rowcount={count + 1}
              aria-colcount={colSpan}
              aria-describedby={count > 0 ? hintId : undefined}
              {...table.gridHandlers}
            >
              <colgroup>
                {model.columns.map((column) => (
                  <col key={column.id} className="ns-kpi-table-col" data-column={column.id} />
                ))}
              </colgroup>
              <thead className="ns-kpi-table-head">
                <KpiTableHeaderRow
                  columns={model.columns}
                  activeColumn={headerActive}
                  onSort={table.toggleSort}
                />
              </thead>
              <tbody className="ns-kpi-table-body">
                {status.kind === 'loading' ? (
                  <KpiTableSkeleton columns={model.columns.map((c) => c.id)} />
                ) : model.message !== null ? (
                  <tr className="ns-kpi-table-message-row">
                    <td colSpan={colSpan} className="ns-kpi-table-message">
                      {model.message}
                      {model.filtered && model.total > 0 ? (
                        <button type="button" className="ns-kpi-table-button" onClick={table.clearFilters}>
                          {t('kpiTable.filter.clear')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                ) : (
                  <>
                    {window.padTop > 0 ? <KpiTableSpacer height={window.padTop} columns={colSpan} /> : null}
                    {window.indexes.map((index, k) => {
                      const row = model.rows[index];
                      if (!row) return null;
                      // The kept active row can sit far from the window: a spacer fills the gap so heights stay true.
                      const gap = k > 0 ? index - window.indexes[k - 1]! - 1 : 0;
                      return (
                        <Fragment key={row.kpi.id}>
                          {gap > 0 ? (
                            <KpiTableSpacer height={gap * KPI_TABLE_ROW_HEIGHT} columns={colSpan} />
                          ) : null}
                          <KpiTableBodyRow
                            row={row}
                            index={index}
                            columns={model.columns}
                            activeColumn={index === focus.activeIndex ? focus.activeColumn : null}
                            text={text}
                            connectedHistory={table.connectedHistory}
                            historyBatched={table.historyBatched}
                          />
                        </Fragment>
                      );
                    })}
                    {window.padBottom > 0 ? (
                      <KpiTableSpacer height={window.padBottom} columns={colSpan} />
                    ) : null}
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
          row={table.dialog.row}
          text={text}
          connectedHistory={table.connectedHistory}
          onOpenChange={table.dialog.onOpenChange}
          onCloseAutoFocus={table.dialog.onCloseAutoFocus}
        />
      </div>
    );
  },
);
