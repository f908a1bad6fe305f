import { isNorthstarError } from '@northstar/core';

/**
 * Why a Northstar data hook failed: no adapter, a capability the adapter lacks, a missing record, a rejected
 * request, or a failed (retryable) request.
 *
 * @example
 * const code: NorthstarQueryErrorCode = 'NOT_SUPPORTED';
 */
export type NorthstarQueryErrorCode =
  | 'NO_ADAPTER'
  | 'NOT_SUPPORTED'
  | 'NOT_FOUND'
  | 'REJECTED'
  | 'ABORTED'
  | 'REQUEST_FAILED';

/**
 * The one error type Northstar data hooks report, with a stable `code`, the adapter `operation` (e.g.
 * `kpis.list`), whether a retry can help, and the adapter's original error as `cause`.
 *
 * @example
 * const { error, refetch } = useKpis();
 * if (error?.retryable) return <button onClick={refetch}>Retry</button>;
 */
export class NorthstarQueryError extends Error {
  readonly code: NorthstarQueryErrorCode;
  /** The adapter method, as `domain.method`. */
  readonly operation: string;
  /** True when trying again may succeed (a failed request), false for a missing capability or a rejected input. */
  readonly retryable: boolean;

  constructor(
    code: NorthstarQueryErrorCode,
    operation: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'NorthstarQueryError';
    this.code = code;
    this.operation = operation;
    this.retryable = code === 'REQUEST_FAILED';
  }

  /**
   * Wraps whatever an adapter rejected with, keeping its message and mapping core error codes to a query code.
   *
   * @example
   * adapter.kpis.list({}).catch((e) => { throw NorthstarQueryError.from(e, 'kpis.list'); });
   */
  static from(error: unknown, operation: string): NorthstarQueryError {
    if (error instanceof NorthstarQueryError) return error;
    const message =
      error instanceof Error ? error.message : typeof error === 'string' ? error : `${operation} failed`;
    let code: NorthstarQueryErrorCode = 'REQUEST_FAILED';
    if (isNorthstarError(error)) {
      // The adapter knows best: a network failure, 429 or 5xx from the REST adapter is worth a Retry.
      if (error.retryable === true) code = 'REQUEST_FAILED';
      else if (error.code === 'NOT_FOUND') code = 'NOT_FOUND';
      else if (error.code === 'NOT_IMPLEMENTED') code = 'NOT_SUPPORTED';
      else if (error.code === 'ABORTED') code = 'ABORTED';
      // Every other core code names bad input (INVALID_*, CONFLICT, CYCLE…): resending it cannot succeed.
      else code = 'REJECTED';
    } else if (error instanceof Error && error.name === 'AbortError') {
      code = 'ABORTED';
    }
    return new NorthstarQueryError(code, operation, message, { cause: error });
  }
}

/**
 * The error a hook reports, without calling the adapter, when there is no adapter or it lacks the method.
 *
 * @example
 * unavailableError(false, 'kpis.list').code; // 'NO_ADAPTER'
 */
export function unavailableError(hasAdapter: boolean, operation: string): NorthstarQueryError {
  return hasAdapter
    ? new NorthstarQueryError('NOT_SUPPORTED', operation, `The adapter does not implement ${operation}`)
    : new NorthstarQueryError(
        'NO_ADAPTER',
        operation,
        `No adapter: wrap the widget in <NorthstarProvider adapter={…}>`,
      );
}
