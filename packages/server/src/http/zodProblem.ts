import type { Context } from 'hono';
import type { ApiEnv } from './context.js';
import { problem } from './problem.js';

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
}

/**
 * The 400 VALIDATION problem for a schema failure, naming the first offending field.
 *
 * @example
 * new OpenAPIHono({ defaultHook: (result, c) => (result.success ? undefined : validationProblem(c, result.error.issues, result.target)) });
 */
export function validationProblem(c: Context<ApiEnv>, issues: readonly Issue[], target: string): Response {
  const first = issues[0];
  const path = first === undefined ? [] : first.path.map(String);
  if (first?.code === 'unrecognized_keys' && first.keys?.[0] !== undefined) path.push(first.keys[0]);
  const field = path.join('.') || target;
  const where = target === 'json' ? 'body' : target;
  const detail = `${where} field "${field}": ${first?.message ?? 'invalid'}`;
  return c.json(
    problem(400, 'VALIDATION', detail, {
      field,
      details: {
        target: where,
        issues: issues.slice(0, 10).map((i) => ({ path: i.path.map(String), message: i.message })),
      },
    }),
    400,
    { 'content-type': 'application/problem+json' },
  );
}
