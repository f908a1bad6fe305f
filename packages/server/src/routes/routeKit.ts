import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ApiEnv } from '../http/context.js';
import { ProblemSchema } from '../schemas/common.js';

const PROBLEM = { 'application/problem+json': { schema: ProblemSchema } };

/** The error responses every authenticated route may give. */
export const ERRORS = {
  400: { description: 'Invalid input (schema): code VALIDATION', content: PROBLEM },
  401: { description: 'No valid session or bearer token: code UNAUTHENTICATED', content: PROBLEM },
  403: { description: 'Not allowed: code FORBIDDEN, or CSRF', content: PROBLEM },
  404: { description: 'Unknown, or not visible to the caller: code NOT_FOUND', content: PROBLEM },
} as const;

/** The extra error responses of writes. */
export const WRITE_ERRORS = {
  ...ERRORS,
  409: { description: 'CONFLICT or CYCLE', content: PROBLEM },
  413: { description: 'Body too large: code PAYLOAD_TOO_LARGE', content: PROBLEM },
  422: {
    description: 'Core refused the input (its code, e.g. INVALID_VALUE), or IDEMPOTENCY_MISMATCH',
    content: PROBLEM,
  },
} as const;

/** Headers every write takes. */
export const WRITE_HEADERS = z.object({
  // Optional to the schema so that its absence gets the write guard's own problem (400 naming Idempotency-Key).
  'idempotency-key': z
    .string()
    .optional()
    .openapi({ description: 'Required: unique per logical write; a retry sends the same key' }),
  'x-csrf-token': z
    .string()
    .optional()
    .openapi({ description: 'Required with a cookie session: the csrfToken' }),
});

/**
 * A JSON response entry for a route's `responses`.
 *
 * @example
 * responses: { 200: json(GoalSchema, 'The goal'), ...ERRORS }
 */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/**
 * A required JSON request body.
 *
 * @example
 * request: { body: body(GoalInputSchema) }
 */
export function body<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}

/**
 * Sends `value` as JSON; typed loosely because core's domain types are the contract, not the zod inference.
 *
 * @example
 * return send(c, goal);
 */
export function send(c: Context<ApiEnv>, value: unknown, status: 200 | 201 = 200): never {
  return c.json(value as object, status) as never;
}
