import type { Kpi, KpiSample } from '@northstar/core';
import type { KpisAdapter } from '@northstar/core/adapters';
import { path, type Transport } from './createTransport.js';

/**
 * The KPI domain over `/api/kpis` and `/api/kpi-history`.
 *
 * @example
 * const kpis = restKpis(createTransport({ baseUrl: '/api' }));
 */
export function restKpis(transport: Transport): Required<KpisAdapter> {
  const { read, write } = transport;
  return {
    list: async (query, options) =>
      query?.ids?.length === 0
        ? []
        : read<Kpi[]>(
            'kpis.list',
            '/kpis',
            { ids: query?.ids, ownerId: query?.ownerId, department: query?.department },
            options,
          ),
    get: (id, options) => read('kpis.get', path`/kpis/${id}`, {}, options),
    history: (id, range, options) =>
      read('kpis.history', path`/kpis/${id}/history`, { from: range?.from, to: range?.to }, options),
    historyMany: async (ids, range, options) =>
      ids.length === 0
        ? {}
        : read<Record<string, KpiSample[]>>(
            'kpis.historyMany',
            '/kpi-history',
            { ids, from: range?.from, to: range?.to },
            options,
          ),
    record: (id, sample, options) => write('kpis.record', 'POST', path`/kpis/${id}/samples`, sample, options),
  };
}
