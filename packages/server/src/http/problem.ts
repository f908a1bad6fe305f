import { isNorthstarError } from '@northstar/core';

/**
 * An RFC 9457 problem document with Northstar's stable `code` and the offending id/field.
 *
 * @example
 * const p: Problem = { type: 'https://northstar.dev/problems/not_found', title: 'Not found', status: 404, detail: 'goal "g-9" was not found', code: 'NOT_FOUND', id: 'g-9' };
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  id?: string;
  field?: string;
  details?: Record<string, unknown>;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal error',
};

/**
 * The HTTP status of a core error code: NOT_FOUND 404, CONFLICT and CYCLE 409, every other core code 422.
 *
 * @example
 * statusOfCode('CYCLE'); // 409
 */
export function statusOfCode(code: string): number {
  if (code === 'NOT_FOUND') return 404;
  if (code === 'CONFLICT' || code === 'CYCLE') return 409;
  return 422;
}

/**
 * Builds a problem document; `type` is derived from the code.
 *
 * @example
 * problem(404, 'NOT_FOUND', 'goal "g-9" was not found', { id: 'g-9' });
 */
export function problem(
  status: number,
  code: string,
  detail: string,
  extra: { id?: string; field?: string; details?: Record<string, unknown> } = {},
): Problem {
  const body: Problem = {
    type: `https://northstar.dev/problems/${code.toLowerCase()}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
  };
  if (extra.id !== undefined) body.id = extra.id;
  if (extra.field !== undefined) body.field = extra.field;
  if (extra.details !== undefined && Object.keys(extra.details).length > 0) body.details = extra.details;
  return body;
}

/**
 * An error thrown by a route that already knows its problem (401, 403, 404 of authorization, 400 of input…).
 *
 * @example
 * throw new ProblemError(problem(403, 'FORBIDDEN', 'only HR admins may move people'));
 */
export class ProblemError extends Error {
  readonly problem: Problem;
  constructor(body: Problem) {
    super(body.detail);
    this.name = 'ProblemError';
    this.problem = body;
  }
}

/**
 * Shorthand for throwing a problem from a route.
 *
 * @example
 * fail(404, 'NOT_FOUND', 'goal "g-9" was not found', { id: 'g-9' });
 */
export function fail(
  status: number,
  code: string,
  detail: string,
  extra?: { id?: string; field?: string; details?: Record<string, unknown> },
): never {
  throw new ProblemError(problem(status, code, detail, extra));
}

/**
 * Maps anything a route threw to a problem: core's `NorthstarError` keeps its code, message and id/field; anything
 * unexpected is a 500 that reveals nothing of the internals.
 *
 * @example
 * const body = toProblem(new NorthstarError('CYCLE', 'would close a cycle', { id: 'g-1', cycle: ['g-1', 'g-2', 'g-1'] }));
 */
export function toProblem(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  if (isNorthstarError(error)) {
    const { id, field, ...rest } = (error.details ?? {}) as Record<string, unknown>;
    return problem(statusOfCode(error.code), error.code, error.message, {
      id: typeof id === 'string' ? id : undefined,
      field: typeof field === 'string' ? field : undefined,
      details: rest,
    });
  }
  return problem(500, 'INTERNAL', 'The server failed to handle this request; it has been logged.');
}
