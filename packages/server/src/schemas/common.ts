import { z } from '@hono/zod-openapi';

/** The id shape every path and reference uses. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * An id: a letter or digit, then up to 127 of letters, digits and `._:-`.
 *
 * @example
 * IdSchema.parse('p-012');
 */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'must be an id like p-012')
  .openapi({ example: 'p-012' });

/** Free text of bounded size. */
export const TextSchema = z.string().max(10_000);

/** An ISO-8601 date or date-time. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO-8601 date or date-time')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be a real date');

/** `ids=a,b,c` in a query string. */
export const IdListSchema = z
  .string()
  .max(20_000)
  .openapi({ description: 'Comma-separated ids', example: 'g-0001,g-0002' });

/** Splits a comma-separated id list; undefined stays undefined (no filter). */
export function splitIds(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}

/**
 * An RFC 9457 problem document, as every error response carries.
 *
 * @example
 * ProblemSchema.parse({ type: 'https://northstar.dev/problems/not_found', title: 'Not found', status: 404, detail: 'goal "g-9" was not found', code: 'NOT_FOUND', id: 'g-9' });
 */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    id: z.string().optional(),
    field: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('Problem');

/** The params of a route with one `{id}`. */
export const IdParamSchema = z.object({ id: IdSchema.openapi({ param: { name: 'id', in: 'path' } }) });
