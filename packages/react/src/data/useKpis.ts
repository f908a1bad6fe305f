import type { Kpi, KpiQuery } from '@northstar/core';
import type { NorthstarQueryOptions, NorthstarQueryResult } from './data.types.js';
import { northstarKeys } from './northstarKeys.js';
import { useNorthstarQuery } from './useNorthstarQuery.js';

/**
 * The KPIs matching `query`, loaded through the provider's adapter (`kpis.list`) with caching, abort on unmount and
 * retry; an error state with code `NOT_SUPPORTED` or `NO_ADAPTER` when the adapter cannot list KPIs.
 *
 * @example
 * const { status, data, error, refetch } = useKpis({ department: 'Sales' });
 */
export function useKpis(query: KpiQuery = {}, options?: NorthstarQueryOptions): NorthstarQueryResult<Kpi[]> {
  return useNorthstarQuery({
    queryKey: northstarKeys.kpiList(query),
    domain: 'kpis',
    method: 'list',
    active: true,
    run: (adapter, signal) => adapter.kpis!.list(query, { signal }),
    options,
  });
}
