import { createRoute, z } from '@hono/zod-openapi';
import type { Person, ReviewCycle } from '@northstar/core';
import type { ApiApp, ApiContext } from '../http/context.js';
import { fail } from '../http/problem.js';
import { IdListSchema, IdParamSchema, splitIds } from '../schemas/common.js';
import { PersonSchema, ReviewCycleSchema } from '../schemas/domain.js';
import { ERRORS, json, send } from './routeKit.js';

/**
 * Registers the read-only directory routes: people and review cycles.
 *
 * @example
 * directoryRoutes(app, ctx);
 */
export function directoryRoutes(app: ApiApp, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/people',
      tags: ['people'],
      summary: 'People matching every given filter (`managerId=` empty finds people without a manager)',
      request: {
        query: z.object({
          ids: IdListSchema.optional(),
          managerId: z.string().max(128).optional(),
          department: z.string().max(200).optional(),
          search: z.string().max(200).optional(),
        }),
      },
      responses: { 200: json(z.array(PersonSchema), 'The people'), ...ERRORS },
    }),
    async (c) => {
      const { ids, managerId, department, search } = c.req.valid('query');
      const list = splitIds(ids);
      const needle = search?.trim().toLowerCase() ?? '';
      const rows = await ctx.db.query<{ doc: Person }>(
        `select doc from people
          where ($1::text::jsonb is null or id in (select jsonb_array_elements_text($1::text::jsonb)))
            and ($2::text is null or ($2 = '' and manager_id is null) or manager_id = $2)
            and ($3::text is null or department = $3)
            and ($4 = '' or strpos(lower(coalesce(doc->>'name', '')), $4) > 0
                 or strpos(lower(coalesce(doc->>'title', '')), $4) > 0
                 or strpos(lower(coalesce(doc->>'email', '')), $4) > 0)
          order by ord`,
        [list === undefined ? null : JSON.stringify(list), managerId ?? null, department ?? null, needle],
      );
      const people = rows.map((row) => row.doc);
      if (list === undefined) return send(c, people);
      const byId = new Map(people.map((person) => [person.id, person]));
      return send(
        c,
        [...new Set(list)].flatMap((id) => (byId.has(id) ? [byId.get(id)] : [])),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/people/{id}',
      tags: ['people'],
      summary: 'One person',
      request: { params: IdParamSchema },
      responses: { 200: json(PersonSchema, 'The person'), ...ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const rows = await ctx.db.query<{ doc: Person }>('select doc from people where id = $1', [id]);
      if (rows[0] === undefined) fail(404, 'NOT_FOUND', `person "${id}" was not found`, { id, field: 'id' });
      return send(c, rows[0].doc);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/cycles',
      tags: ['cycles'],
      summary: 'Review cycles, in seed order',
      responses: { 200: json(z.array(ReviewCycleSchema), 'The cycles'), ...ERRORS },
    }),
    async (c) => {
      const rows = await ctx.db.query<{ doc: ReviewCycle }>('select doc from cycles order by ord');
      return send(
        c,
        rows.map((row) => row.doc),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/cycles/{id}',
      tags: ['cycles'],
      summary: 'One review cycle',
      request: { params: IdParamSchema },
      responses: { 200: json(ReviewCycleSchema, 'The cycle'), ...ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const rows = await ctx.db.query<{ doc: ReviewCycle }>('select doc from cycles where id = $1', [id]);
      if (rows[0] === undefined) fail(404, 'NOT_FOUND', `cycle "${id}" was not found`, { id, field: 'id' });
      return send(c, rows[0].doc);
    },
  );
}
