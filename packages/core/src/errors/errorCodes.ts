/**
 * Every stable error code `@northstar/core` can throw, with what it means.
 *
 * @example
 * if (err.code === NORTHSTAR_ERROR_CODES.CYCLE) …
 */
export const NORTHSTAR_ERROR_CODES = {
  /** A metric or KPI has NaN/±Infinity, a missing field, or an impossible shape. */
  INVALID_METRIC: 'INVALID_METRIC',
  /** Bands are empty, unsorted or not finite. */
  INVALID_BANDS: 'INVALID_BANDS',
  /** An id is missing, empty or not a string. */
  INVALID_ID: 'INVALID_ID',
  /** Two records share one id. */
  DUPLICATE_ID: 'DUPLICATE_ID',
  /** A node names a parent that does not exist. */
  UNKNOWN_PARENT: 'UNKNOWN_PARENT',
  /** Alignment edges form a cycle; `details.cycle` lists its ids. */
  CYCLE: 'CYCLE',
  /** A weight is negative, NaN or infinite. */
  INVALID_WEIGHT: 'INVALID_WEIGHT',
  /** A value is NaN, infinite or not a number. */
  INVALID_VALUE: 'INVALID_VALUE',
  /** An option has a value outside its allowed set or range. */
  INVALID_OPTION: 'INVALID_OPTION',
  /** A scale definition is impossible (min ≥ max, bad step or labels). */
  INVALID_SCALE: 'INVALID_SCALE',
  /** A rating lies outside its scale. */
  OUT_OF_SCALE: 'OUT_OF_SCALE',
  /** Nine-box cuts are unsorted, duplicated or outside (0, 1). */
  INVALID_CUTS: 'INVALID_CUTS',
  /** Required input is empty. */
  EMPTY_INPUT: 'EMPTY_INPUT',
  /** A lookup id is not in the data (e.g. `Rollup.value('nope')`). */
  UNKNOWN_ID: 'UNKNOWN_ID',
  /** A feedback answer, template or response is malformed. */
  INVALID_FEEDBACK: 'INVALID_FEEDBACK',
  /** A target distribution or quota is malformed (negative, not summing to 1, unknown label). */
  INVALID_DISTRIBUTION: 'INVALID_DISTRIBUTION',
  /** An adapter method is not provided (from `createTestAdapter`). */
  NOT_IMPLEMENTED: 'NOT_IMPLEMENTED',
  /** An adapter record was not found. */
  NOT_FOUND: 'NOT_FOUND',
  /** An adapter write conflicts with the stored state (e.g. a re-alignment that would form a cycle). */
  CONFLICT: 'CONFLICT',
  /** An adapter call was aborted through its `AbortSignal`. */
  ABORTED: 'ABORTED',
  /** A request did not reach the server or got no answer (offline, DNS, reset); retryable. */
  NETWORK: 'NETWORK',
  /** The server needs a signed-in session or a bearer token (HTTP 401). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller may not do this (HTTP 403). */
  FORBIDDEN: 'FORBIDDEN',
  /** A request does not match the API's schema; `details.field` names the field (HTTP 400). */
  VALIDATION: 'VALIDATION',
  /** Too many requests; retryable after a pause (HTTP 429). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The server failed; retryable (HTTP 500 and other 5xx). */
  INTERNAL: 'INTERNAL',
  /** An idempotency key was reused with a different request body (HTTP 422). */
  IDEMPOTENCY_MISMATCH: 'IDEMPOTENCY_MISMATCH',
  /** A cookie-session write lacked the matching `X-CSRF-Token` header (HTTP 403). */
  CSRF: 'CSRF',
  /** A request body is larger than the server accepts (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
} as const;

/**
 * A stable `NorthstarError` code.
 *
 * @example
 * const code: NorthstarErrorCode = 'UNKNOWN_PARENT';
 */
export type NorthstarErrorCode = keyof typeof NORTHSTAR_ERROR_CODES;
