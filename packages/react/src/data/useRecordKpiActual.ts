import {
  applyKpiSample,
  comparePeriods,
  type Kpi,
  type KpiSample,
  type KpiSampleInput,
} from '@northstar/core';
import { type QueryFilters, type QueryKey, useMutation } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useNorthstar } from '../provider/useNorthstar.js';
import { createIdempotencyKey } from './createIdempotencyKey.js';
import { NorthstarQueryError, unavailableError } from './NorthstarQueryError.js';
import { northstarKeys } from './northstarKeys.js';
import { useAdapterCapabilities } from './useAdapterCapabilities.js';
import { useNorthstarQueryClient } from './useNorthstarQuery.js';

/**
 * What `useRecordKpiActual().mutate` takes: the KPI, one period's value and, rarely, your own idempotency key.
 *
 * @example
 * const vars: RecordKpiActualVariables = { kpiId: 'k-001', sample: { period: '2025-09', actual: 3.4 } };
 */
export interface RecordKpiActualVariables {
  kpiId: string;
  sample: KpiSampleInput;
  /** Generated per call when omitted; `retry()` resends the same key. */
  idempotencyKey?: string;
}

/**
 * What `useRecordKpiActual` returns: the write, its state for a visible message, and controls to retry or dismiss.
 *
 * @example
 * const { mutate, status, error, reset } = useRecordKpiActual();
 */
export interface RecordKpiActualResult {
  /** Records the sample: the cached KPI changes at once and rolls back if the adapter rejects the write. */
  mutate: (variables: RecordKpiActualVariables) => void;
  /** Like `mutate`, but resolves to the saved KPI or rejects with the NorthstarQueryError. */
  mutateAsync: (variables: RecordKpiActualVariables) => Promise<Kpi>;
  /** Resends the last write with the same idempotency key (applied at most once by the adapter). */
  retry: () => void;
  /** Clears `error`/`status` back to idle, e.g. when the user dismisses the message. */
  reset: () => void;
  status: 'idle' | 'pending' | 'success' | 'error';
  error: NorthstarQueryError | null;
  /** The KPI as saved by the adapter, after success. */
  data: Kpi | undefined;
  /** The last write's variables, with its idempotency key. */
  variables: Required<RecordKpiActualVariables> | undefined;
  isPending: boolean;
  /** False when the adapter has no `kpis.record`: hide the edit control. */
  canRecord: boolean;
}

/** The history with the sample put in place (replacing its period), when the period is within the cached range. */
function withHistorySample(samples: KpiSample[], key: QueryKey, sample: KpiSample): KpiSample[] {
  const range = (key[key.length - 1] ?? {}) as { from?: string; to?: string };
  if (
    (range.from !== undefined && comparePeriods(sample.period, range.from) < 0) ||
    (range.to !== undefined && comparePeriods(sample.period, range.to) > 0)
  ) {
    return samples;
  }
  const next = samples.filter((s) => s.period !== sample.period);
  next.push(sample);
  return next.sort((a, b) => comparePeriods(a.period, b.period));
}

interface Snapshot {
  entries: Array<[QueryKey, unknown]>;
}

/**
 * Records a KPI's actual for a period through `adapter.kpis.record` with an idempotency key, updating every cached
 * view of that KPI optimistically, rolling back on failure (with `error` for a visible message) and refetching after.
 *
 * @example
 * const record = useRecordKpiActual();
 * record.mutate({ kpiId: 'k-001', sample: { period: '2025-09', actual: 3.4 } });
 * if (record.status === 'error') return <p role="alert">{record.error?.message}</p>;
 */
export function useRecordKpiActual(): RecordKpiActualResult {
  const { adapter } = useNorthstar();
  const client = useNorthstarQueryClient();
  const capabilities = useAdapterCapabilities();
  const canRecord = adapter !== undefined && capabilities.kpis.methods.includes('record');

  const mutation = useMutation<Kpi, NorthstarQueryError, Required<RecordKpiActualVariables>, Snapshot>(
    {
      mutationFn: async ({ kpiId, sample, idempotencyKey }) => {
        const kpis = adapter?.kpis;
        if (typeof kpis?.record !== 'function') throw unavailableError(adapter !== undefined, 'kpis.record');
        try {
          return await kpis.record(kpiId, sample, { idempotencyKey });
        } catch (error) {
          throw NorthstarQueryError.from(error, 'kpis.record');
        }
      },
      onMutate: async ({ kpiId, sample }) => {
        const filters: QueryFilters[] = [
          { queryKey: northstarKeys.kpi(kpiId) },
          { queryKey: northstarKeys.kpiLists() },
          { queryKey: northstarKeys.kpiHistories(kpiId) },
        ];
        // An in-flight read would land after the optimistic value and overwrite it; the refetch comes on settle.
        await Promise.all(filters.map((f) => client.cancelQueries(f)));
        const entries = filters.flatMap((f) => client.getQueriesData(f));
        client.setQueryData<Kpi>(northstarKeys.kpi(kpiId), (kpi) => kpi && applyKpiSample(kpi, sample));
        client.setQueriesData<Kpi[]>({ queryKey: northstarKeys.kpiLists() }, (list) =>
          list?.map((kpi) => (kpi.id === kpiId ? applyKpiSample(kpi, sample) : kpi)),
        );
        for (const [key, samples] of client.getQueriesData<KpiSample[]>(filters[2]!)) {
          if (samples) client.setQueryData(key, withHistorySample(samples, key, { ...sample, kpiId }));
        }
        return { entries };
      },
      onError: (_error, _variables, snapshot) => {
        for (const [key, data] of snapshot?.entries ?? []) client.setQueryData(key, data);
      },
      onSuccess: (kpi) => {
        client.setQueryData(northstarKeys.kpi(kpi.id), kpi);
      },
      onSettled: (_kpi, _error, { kpiId }) =>
        Promise.all([
          client.invalidateQueries({ queryKey: northstarKeys.kpi(kpiId) }),
          client.invalidateQueries({ queryKey: northstarKeys.kpiLists() }),
          client.invalidateQueries({ queryKey: northstarKeys.kpiHistories(kpiId) }),
        ]),
    },
    client,
  );

  const { mutate: run, mutateAsync: runAsync, reset, status, error, data, variables, isPending } = mutation;
  // The key is made here, once per logical write, so react-query retries and `retry()` resend the same one.
  const complete = useCallback(
    (v: RecordKpiActualVariables): Required<RecordKpiActualVariables> => ({
      ...v,
      idempotencyKey: v.idempotencyKey ?? createIdempotencyKey(),
    }),
    [],
  );
  const mutate = useCallback((v: RecordKpiActualVariables) => run(complete(v)), [run, complete]);
  const mutateAsync = useCallback(
    (v: RecordKpiActualVariables) => runAsync(complete(v)),
    [runAsync, complete],
  );
  const retry = useCallback(() => {
    if (variables) run(variables);
  }, [run, variables]);

  return useMemo(
    () => ({ mutate, mutateAsync, retry, reset, status, error, data, variables, isPending, canRecord }),
    [mutate, mutateAsync, retry, reset, status, error, data, variables, isPending, canRecord],
  );
}
