import type { Kpi } from '@northstar/core';
import { useMemo } from 'react';
import { buildKpiRows, groupHistory, namesById } from './buildKpiRows.js';
import type { KpiTableProps, KpiTableStatus } from './kpiTable.types.js';
import { type UseKpiTableResult, useKpiTableController } from './useKpiTableController.js';
import { useKpiTableText } from './useKpiTableText.js';

const READY: KpiTableStatus = { kind: 'ready' };

/**
 * Options of {@link useKpiTable}: the `<KpiTable>` props with the KPIs given (the hook does not load data; pass what
 * `useKpis()` returned for adapter data).
 *
 * @example
 * const options: UseKpiTableOptions = { kpis, defaultFilters: { status: 'at-risk' } };
 */
export interface UseKpiTableOptions extends KpiTableProps {
  kpis: readonly Kpi[];
}

/**
 * The headless KPI table for hosts that render their own markup: scores the KPIs with core, then filters, sorts and
 * words them (`resolveKpiTable`) under the same controllable sorting, search, filter and dialog state as
 * `<KpiTable>`, with its virtual window, grid keyboard focus (by KPI id) and dialog wiring.
 *
 * @example
 * const table = useKpiTable({ kpis, defaultSorting: [{ id: 'attainment', desc: false }] });
 * return <ol>{table.model.rows.map((row) => <li key={row.kpi.id}>{row.kpi.name}: {table.text.attainment(row)}</li>)}</ol>;
 */
export function useKpiTable(options: UseKpiTableOptions): UseKpiTableResult {
  const text = useKpiTableText();
  const history = useMemo(() => groupHistory(options.history), [options.history]);
  const names = useMemo(() => namesById(options.people), [options.people]);
  const rows = useMemo(() => buildKpiRows(options.kpis, history, names), [options.kpis, history, names]);
  return useKpiTableController(options, rows, READY, false, text);
}
