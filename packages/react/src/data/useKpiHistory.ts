import type { KpiHistoryRange, KpiSample } from '@northstar/core';
import type { NorthstarQueryOptions, NorthstarQueryResult } from './data.types.js';
import { northstarKeys } from './northstarKeys.js';
import { useNorthstarQuery } from './useNorthstarQuery.js';

/**
 * A KPI's samples, oldest period first, within an optional inclusive `range`, through the provider's adapter
 * (`kpis.history`); idle while `kpiId` is undefined.
 *
 * @example
 * const { data: samples = [] } = useKpiHistory('k-001', { from: '2025-01', to: '2025-06' });
 */
export function useKpiHistory(
  kpiId: string | undefined,
  range: KpiHistoryRange = {},
  options?: NorthstarQueryOptions,
): NorthstarQueryResult<KpiSample[]> {
  return useNorthstarQuery({
    queryKey: northstarKeys.kpiHistory(kpiId ?? '', range),
    domain: 'kpis',
    method: 'history',
    active: kpiId !== undefined,
    run: (adapter, signal) => adapter.kpis!.history(kpiId!, range, { signal }),
    options,
  });
}
