import type { NorthstarQueryError } from './NorthstarQueryError.js';

/**
 * Per-call options of the Northstar read hooks; each falls back to the query client's defaults, then to Northstar's
 * (retry twice for failed requests, data fresh for 30 s).
 *
 * @example
 * useKpis({ department: 'Sales' }, { staleTime: 60_000 });
 */
export interface NorthstarQueryOptions {
  /** False keeps the hook idle (no request, no error), e.g. while a widget is controlled. Default true. */
  enabled?: boolean;
  /** Attempts after the first failure; only retryable errors are retried. */
  retry?: number | false;
  /** How long loaded data counts as fresh, in ms. */
  staleTime?: number;
}

/**
 * What a Northstar read hook returns: the data and the state a widget renders (loading, error with retry, success).
 *
 * @example
 * const { status, data, error, refetch } = useKpis();
 * if (status === 'error') return <ErrorState message={error.message} onRetry={refetch} />;
 */
export interface NorthstarQueryResult<TData> {
  data: TData | undefined;
  /** `pending` until the first data (also while idle), `error` after the last retry failed, else `success`. */
  status: 'pending' | 'error' | 'success';
  error: NorthstarQueryError | null;
  /** No data yet. */
  isPending: boolean;
  /** The first load is in flight (show a skeleton). */
  isLoading: boolean;
  /** Any request is in flight, including a background refetch or a retry. */
  isFetching: boolean;
  isError: boolean;
  isSuccess: boolean;
  /** Loads again (the Retry button); a no-op when the adapter cannot serve this hook. */
  refetch: () => void;
}
