import type { KpiHistoryRange, KpiSample, NorthstarAdapter } from '@northstar/core';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNorthstar } from '../provider/useNorthstar.js';
import { NorthstarQueryError } from './NorthstarQueryError.js';
import { northstarKeys } from './northstarKeys.js';
import { useNorthstarQueryClient } from './useNorthstarQuery.js';

const RANGE: KpiHistoryRange = {};

// Never requested: no cache entry, or one a disabled observer created (pending, idle, no data). An entry that failed
// stays failed (its rows show their no-history state) instead of being asked for again on every scroll.
function unrequested(client: QueryClient, kpiId: string): boolean {
  const state = client.getQueryState(northstarKeys.kpiHistory(kpiId, RANGE));
  return state === undefined || (state.status === 'pending' && state.fetchStatus === 'idle');
}

function requestBatch(adapter: NorthstarAdapter, client: QueryClient, kpiIds: readonly string[]): void {
  const missing = kpiIds.filter((id) => unrequested(client, id));
  if (missing.length === 0 || !adapter.kpis?.historyMany) return;
  const request: Promise<Record<string, KpiSample[]>> = adapter.kpis
    .historyMany(missing, RANGE)
    .catch((error: unknown) => {
      throw NorthstarQueryError.from(error, 'kpis.historyMany');
    });
  // One cache entry per KPI, under the same key `useKpiHistory` uses: the row dialog and a later window reuse it.
  for (const id of missing) {
    void client.prefetchQuery({
      queryKey: northstarKeys.kpiHistory(id, RANGE),
      queryFn: () => request.then((byId) => byId[id] ?? []),
      retry: false,
    });
  }
}

/**
 * Loads the history of the given KPIs (a table's mounted rows) with ONE `kpis.historyMany` request per window,
 * deferred to the next animation frame so a window that changes again before then (scrolling) asks only once, and
 * caches each KPI's samples with TanStack Query (`northstarKeys.kpiHistory(id)`), so scrolling back asks for nothing.
 * Returns false when the adapter has no `historyMany` (or `enabled` is false): rows then read per KPI.
 *
 * @example
 * const batched = useKpiHistoryBatch(visibleIds, true);
 * const history = useKpiHistory(id, {}, { enabled: !batched }); // a disabled observer still reads the batch's cache
 */
export function useKpiHistoryBatch(kpiIds: readonly string[], enabled: boolean): boolean {
  const { adapter } = useNorthstar();
  const client = useNorthstarQueryClient();
  const batched = enabled && typeof adapter?.kpis?.historyMany === 'function';
  const key = batched ? kpiIds.join('\n') : '';
  useEffect(() => {
    if (!key || !adapter) return;
    const ids = key.split('\n');
    const run = () => requestBatch(adapter, client, ids);
    if (typeof requestAnimationFrame !== 'function') {
      run();
      return;
    }
    const frame = requestAnimationFrame(run);
    return () => cancelAnimationFrame(frame);
  }, [key, adapter, client]);
  return batched;
}
