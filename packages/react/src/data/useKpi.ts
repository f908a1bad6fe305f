import type { Kpi } from '@northstar/core';
import type { NorthstarQueryOptions, NorthstarQueryResult } from './data.types.js';
import { northstarKeys } from './northstarKeys.js';
import { useNorthstarQuery } from './useNorthstarQuery.js';

/**
 * One KPI by id through the provider's adapter (`kpis.get`), shown at once from any loaded KPI list while it loads;
 * idle (no request, no error) while `id` is undefined, so a controlled widget can call it unconditionally.
 *
 * @example
 * const { data: kpi, status, refetch } = useKpi(kpiId);
 */
export function useKpi(id: string | undefined, options?: NorthstarQueryOptions): NorthstarQueryResult<Kpi> {
  return useNorthstarQuery({
    queryKey: northstarKeys.kpi(id ?? ''),
    domain: 'kpis',
    method: 'get',
    active: id !== undefined,
    run: (adapter, signal) => adapter.kpis!.get(id!, { signal }),
    options,
    placeholderData: (client) => {
      for (const [, list] of client.getQueriesData<Kpi[]>({ queryKey: northstarKeys.kpiLists() })) {
        const hit = list?.find((kpi) => kpi.id === id);
        if (hit) return hit;
      }
      return undefined;
    },
  });
}
