import type { NorthstarErrorCode } from './errorCodes.js';

/**
 * Structured context attached to a {@link NorthstarError}: the offending id, field, row or values.
 *
 * @example
 * const details: NorthstarErrorDetails = { id: 'kr-7', field: 'weight', value: -1 };
 */
export interface NorthstarErrorDetails {
  /** The id of the node, person, response or rating at fault, when there is one. */
  id?: string;
  /** The field (property or CSV column) at fault. */
  field?: string;
  /** The value that was rejected. */
  value?: unknown;
  /** 1-based line number in a file (CLI input). */
  line?: number;
  /** 1-based column number in a file (CLI input). */
  column?: number;
  /** The file the error came from (CLI input). */
  file?: string;
  /** For `CYCLE`: the ids on the cycle, in order, the first repeated at the end. */
  cycle?: string[];
  [key: string]: unknown;
}

/**
 * Extra settings of a {@link NorthstarError}: whether retrying may succeed, and the underlying cause.
 *
 * @example
 * new NorthstarError('NETWORK', 'GET /api/goals failed', {}, { retryable: true, cause: error });
 */
export interface NorthstarErrorOptions {
  /** True when the same call may succeed later (network failure, 429, 5xx); default false. */
  retryable?: boolean;
  cause?: unknown;
}

/**
 * The single error type thrown by `@northstar/core` on bad input; `code` is stable and safe to switch on.
 *
 * @example
 * try { progress({ start: 0, target: 10, current: Number.NaN }); }
 * catch (e) { if (e instanceof NorthstarError && e.code === 'INVALID_METRIC') console.warn(e.message); }
 */
export class NorthstarError extends Error {
  /** Stable machine-readable reason, e.g. `CYCLE` or `INVALID_WEIGHT`. */
  readonly code: NorthstarErrorCode;
  /** The offending id, field, row or values. */
  readonly details: NorthstarErrorDetails;
  /** True when retrying the same call may succeed (network failures, 429, 5xx); false for bad input. */
  readonly retryable: boolean;

  constructor(
    code: NorthstarErrorCode,
    message: string,
    details: NorthstarErrorDetails = {},
    options: NorthstarErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NorthstarError';
    this.code = code;
    this.details = details;
    this.retryable = options.retryable === true;
  }
}

/**
 * Type guard for {@link NorthstarError}, also across bundle copies (checks `name` and `code`, not just the prototype).
 *
 * @example
 * if (isNorthstarError(err) && err.code === 'CYCLE') showCycle(err.details.cycle);
 */
export function isNorthstarError(error: unknown): error is NorthstarError {
  return (
    error instanceof NorthstarError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { name?: unknown }).name === 'NorthstarError' &&
      typeof (error as { code?: unknown }).code === 'string')
  );
}
