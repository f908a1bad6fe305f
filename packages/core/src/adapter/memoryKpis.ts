import type { Kpi, KpiSample } from '../domain/kpi.types.js';
import { fail, show } from '../internal/assert.js';
import { applyKpiSample } from '../kpi/applyKpiSample.js';
import { comparePeriods } from '../kpi/comparePeriods.js';
import type { KpiHistoryRange, KpisAdapter } from './adapter.types.js';
import { clonePlain } from './clonePlain.js';
import { found, requireObject, requireOptionalFinite, requireText } from './memoryChecks.js';
import type { MemoryRuntime } from './memoryRuntime.js';
import type { MemoryStore } from './memoryStore.js';

/**
 * The memory adapter's KPI domain; periods compare as strings, so use sortable ones (`2025-08`, `2025-Q3`).
 *
 * @example
 * const kpis = memoryKpis(seedStore({}), createMemoryRuntime({}));
 */
export function memoryKpis(store: MemoryStore, runtime: MemoryRuntime): Required<KpisAdapter> {
  const { kpis, kpiHistory } = store;

  const samplesOf = (kpiId: string, range: KpiHistoryRange | undefined): KpiSample[] => {
    const { from, to } = range ?? {};
    const samples: KpiSample[] = [];
    for (const sample of kpiHistory.get(kpiId)?.values() ?? []) {
      if (from !== undefined && sample.period < from) continue;
      if (to !== undefined && sample.period > to) continue;
      samples.push(sample);
    }
    return samples.sort((a, b) => comparePeriods(a.period, b.period));
  };

  return {
    list(query, options) {
      return runtime.read('kpis', 'list', [query], options, () => {
        const { ids, ownerId, department } = query ?? {};
        const source = ids === undefined ? kpis.values() : [...new Set(ids)].map((id) => kpis.get(id));
        const result: Kpi[] = [];
        for (const kpi of source) {
          if (kpi === undefined) continue;
          if (ownerId !== undefined && kpi.ownerId !== ownerId) continue;
          if (department !== undefined && kpi.department !== department) continue;
          result.push(kpi);
        }
        return result;
      });
    },

    get(id, options) {
      return runtime.read('kpis', 'get', [id], options, () => found(kpis.get(id), 'kpi', id));
    },

    history(kpiId, range, options) {
      return runtime.read('kpis', 'history', [kpiId, range], options, () => {
        found(kpis.get(kpiId), 'kpi', kpiId);
        return samplesOf(kpiId, range);
      });
    },

    historyMany(kpiIds, range, options) {
      return runtime.read('kpis', 'historyMany', [kpiIds, range], options, () => {
        if (!Array.isArray(kpiIds)) {
          fail('INVALID_VALUE', `kpis.historyMany needs an array of KPI ids, got ${show(kpiIds)}`, {
            field: 'kpiIds',
            value: kpiIds,
          });
        }
        const result: Record<string, KpiSample[]> = {};
        for (const kpiId of kpiIds) if (kpis.has(kpiId)) result[kpiId] = samplesOf(kpiId, range);
        return result;
      });
    },

    record(kpiId, sample, options) {
      return runtime.write('kpis', 'record', [kpiId, sample], options, () => {
        const kpi = found(kpis.get(kpiId), 'kpi', kpiId);
        requireObject(sample, 'INVALID_VALUE', 'kpi sample of', kpiId, 'sample');
        const period = requireText(sample.period, 'EMPTY_INPUT', 'kpi sample of', kpiId, 'period');
        if (sample.actual === undefined) {
          fail(
            'INVALID_VALUE',
            `kpi sample of ${show(kpiId)} field "actual" is required (a finite number or null)`,
            {
              id: kpiId,
              field: 'actual',
            },
          );
        }
        requireOptionalFinite(sample.actual, 'INVALID_VALUE', 'kpi sample of', kpiId, 'actual');
        requireOptionalFinite(sample.target, 'INVALID_VALUE', 'kpi sample of', kpiId, 'target');

        const stored: KpiSample = { kpiId, period, actual: sample.actual };
        if (sample.target !== undefined && sample.target !== null) stored.target = sample.target;
        let periods = kpiHistory.get(kpiId);
        if (periods === undefined) {
          periods = new Map();
          kpiHistory.set(kpiId, periods);
        }
        periods.set(period, clonePlain(stored));
        // Only the latest period moves the KPI's headline numbers; back-filled samples join the history only.
        Object.assign(kpi, applyKpiSample(kpi, stored));
        runtime.emit({ type: 'kpis', ids: [kpiId], kind: 'updated' });
        return kpi;
      });
    },
  };
}
