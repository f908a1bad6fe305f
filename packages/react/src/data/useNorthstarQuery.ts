import type { AdapterDomain, NorthstarAdapter } from '@northstar/core';
import { QueryClient, type QueryKey, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNorthstar } from '../provider/useNorthstar.js';
import type { NorthstarQueryOptions, NorthstarQueryResult } from './data.types.js';
import { NorthstarQueryError, unavailableError } from './NorthstarQueryError.js';
import { useAdapterCapabilities } from './useAdapterCapabilities.js';

const DEFAULT_RETRIES = 2;
const DEFAULT_STALE_TIME = 30_000;

let inert: QueryClient | undefined;

/**
 * The query client of the nearest provider (the host's `queryClient`, or one created here on first use and kept in
 * the provider's slot), or a never-fetching stand-in outside any provider: widgets call the data hooks
 * unconditionally (rules of hooks) and must not crash without a provider.
 *
 * @example
 * const client = useNorthstarQueryClient();
 */
export function useNorthstarQueryClient(): QueryClient {
  const slot = useNorthstar().queryClientSlot;
  if (slot) {
    // Lazy, idempotent initialisation of a provider-owned object (like a lazy ref): render-safe and SSR-safe.
    slot.client ??= new QueryClient();
    return slot.client;
  }
  // Created on first need, so the module has no top-level side effect; nothing is ever fetched through it.
  inert ??= new QueryClient();
  return inert;
}

/** What one read hook asks of the shared query machinery. */
export interface NorthstarQuerySpec<TData> {
  queryKey: QueryKey;
  domain: AdapterDomain;
  method: string;
  /** False while the hook has nothing to load (e.g. no id yet): idle, no error. */
  active: boolean;
  run: (adapter: NorthstarAdapter, signal: AbortSignal) => Promise<TData>;
  options: NorthstarQueryOptions | undefined;
  placeholderData?: (client: QueryClient) => TData | undefined;
}

const noop = (): void => {};

/**
 * The read hooks' common core: capability check, abortable request, typed errors, retry and freshness defaults.
 *
 * @example
 * useNorthstarQuery({ queryKey, domain: 'kpis', method: 'list', active: true, run: (a, signal) => a.kpis!.list({}, { signal }), options });
 */
export function useNorthstarQuery<TData>(spec: NorthstarQuerySpec<TData>): NorthstarQueryResult<TData> {
  const { adapter } = useNorthstar();
  const client = useNorthstarQueryClient();
  const capabilities = useAdapterCapabilities();
  const operation = `${spec.domain}.${spec.method}`;
  const supported = adapter !== undefined && capabilities[spec.domain].methods.includes(spec.method);
  const active = spec.active && spec.options?.enabled !== false;
  const defaults = client.getDefaultOptions().queries;
  const placeholder = spec.placeholderData;

  const query = useQuery<TData, NorthstarQueryError>(
    {
      queryKey: spec.queryKey,
      queryFn: ({ signal }) =>
        // Handing react-query's signal to the adapter is what lets an unmounted widget abort its request.
        spec.run(adapter!, signal).catch((error: unknown) => {
          throw NorthstarQueryError.from(error, operation);
        }),
      enabled: active && supported,
      // Host settings on the client win over Northstar's defaults; explicit hook options win over both.
      retry: (failures, error) => {
        const limit = spec.options?.retry ?? defaults?.retry ?? DEFAULT_RETRIES;
        if (!error.retryable) return false;
        if (typeof limit === 'number') return failures < limit;
        if (typeof limit === 'function') return limit(failures, error);
        return limit;
      },
      staleTime: spec.options?.staleTime ?? (defaults?.staleTime as number | undefined) ?? DEFAULT_STALE_TIME,
      // Cast: react-query's NonFunctionGuard cannot be proven for an unconstrained TData.
      placeholderData: placeholder ? ((() => placeholder(client)) as never) : undefined,
    },
    client,
  );

  const unavailable = useMemo(
    () => (active && !supported ? unavailableError(adapter !== undefined, operation) : null),
    [active, supported, adapter, operation],
  );

  const { data, status, error, isPending, isFetching, refetch } = query;
  const retry = useMemo(() => () => void refetch(), [refetch]);
  if (unavailable) {
    return {
      data: undefined,
      status: 'error',
      error: unavailable,
      isPending: false,
      isLoading: false,
      isFetching: false,
      isError: true,
      isSuccess: false,
      refetch: noop,
    };
  }
  return {
    data,
    status,
    error,
    isPending,
    isLoading: isPending && isFetching,
    isFetching,
    isError: status === 'error',
    isSuccess: status === 'success',
    refetch: retry,
  };
}
