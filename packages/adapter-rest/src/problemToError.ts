import { NORTHSTAR_ERROR_CODES, NorthstarError, type NorthstarErrorCode } from '@northstar/core';

/** The fields of an RFC 9457 problem body the Northstar server sends. */
interface Problem {
  code?: unknown;
  title?: unknown;
  detail?: unknown;
  id?: unknown;
  field?: unknown;
  details?: unknown;
}

/** The code when a body names none (or one this client does not know). */
function codeOfStatus(status: number): NorthstarErrorCode {
  if (status === 400) return 'VALIDATION';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'INTERNAL';
  return 'INVALID_VALUE';
}

/**
 * Maps a failed response (status, problem+json body if any) to a `NorthstarError` carrying the server's code, its
 * `detail` as message, `{ id, field, status, ...details }` and `retryable` for 429 and 5xx.
 *
 * @example
 * problemToError('goals.get', 404, { code: 'NOT_FOUND', detail: 'goal "g-9" was not found', id: 'g-9' });
 */
export function problemToError(
  label: string,
  status: number,
  body: unknown,
  retryAfter?: string | null,
): NorthstarError {
  const problem: Problem = typeof body === 'object' && body !== null ? (body as Problem) : {};
  const known = typeof problem.code === 'string' && problem.code in NORTHSTAR_ERROR_CODES;
  const code = known ? (problem.code as NorthstarErrorCode) : codeOfStatus(status);
  const message =
    typeof problem.detail === 'string'
      ? problem.detail
      : typeof problem.title === 'string'
        ? problem.title
        : `${label} failed with HTTP ${status}`;
  const details: Record<string, unknown> = { status };
  if (problem.id !== undefined) details.id = problem.id;
  if (problem.field !== undefined) details.field = problem.field;
  if (!known && typeof problem.code === 'string') details.serverCode = problem.code;
  if (typeof problem.details === 'object' && problem.details !== null)
    Object.assign(details, problem.details);
  if (retryAfter) details.retryAfter = retryAfter;
  return new NorthstarError(code, message, details, { retryable: status === 429 || status >= 500 });
}
