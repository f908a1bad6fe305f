import { createRoute, z } from '@hono/zod-openapi';
import type { Kpi, KpiSample } from '@northstar/core';
import type { KpiSampleInput } from '@northstar/core/adapters';
import type { Sql } from '../db/database.types.js';
import { coreRules, ONCE } from '../domain/coreRules.js';
import type { ApiApp, ApiContext } from '../http/context.js';
import { fail } from '../http/problem.js';
import { writeOnce } from '../http/writeOnce.js';
import { IdListSchema, IdParamSchema, IdSchema, splitIds } from '../schemas/common.js';
import { KpiSampleInputSchema, KpiSampleSchema, KpiSchema } from '../schemas/domain.js';
import { body, ERRORS, json, send, WRITE_ERRORS, WRITE_HEADERS } from './routeKit.js';

const tags = ['kpis'];
const RangeQuery = { from: z.string().max(64).optional(), to: z.string().max(64).optional() };

async function loadKpi(sql: Sql, id: string, lock = false): Promise<Kpi> {
  const rows = await sql.query<{ doc: Kpi }>(
    `select doc from kpis where id = $1${lock ? ' for update' : ''}`,
    [id],
  );
  const kpi = rows[0]?.doc;
  if (kpi === undefined) fail(404, 'NOT_FOUND', `kpi "${id}" was not found`, { id, field: 'id' });
  return kpi;
}

async function samples(sql: Sql, ids: readonly string[], from?: string, to?: string): Promise<KpiSample[]> {
  return (
    await sql.query<{ doc: KpiSample }>(
      `select doc from kpi_samples
        where kpi_id in (select jsonb_array_elements_text($1::text::jsonb))
          and ($2::text is null or period collate "C" >= $2) and ($3::text is null or period collate "C" <= $3)
        order by kpi_id, period collate "C"`,
      [JSON.stringify(ids), from ?? null, to ?? null],
    )
  ).map((row) => row.doc);
}

/**
 * Registers the KPI routes (list, get, history, batch history, record a sample).
 *
 * @example
 * kpiRoutes(app, ctx);
 */
export function kpiRoutes(app: ApiApp, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/kpis',
      tags,
      summary: 'KPIs matching every given filter',
      request: {
        query: z.object({
          ids: IdListSchema.optional(),
          ownerId: IdSchema.optional(),
          department: z.string().max(200).optional(),
        }),
      },
      responses: { 200: json(z.array(KpiSchema), 'The KPIs'), ...ERRORS },
    }),
    async (c) => {
      const { ids, ownerId, department } = c.req.valid('query');
      const list = splitIds(ids);
      const rows = await ctx.db.query<{ doc: Kpi }>(
        `select doc from kpis
          where ($1::text::jsonb is null or id in (select jsonb_array_elements_text($1::text::jsonb)))
            and ($2::text is null or owner_id = $2) and ($3::text is null or department = $3)
          order by ord`,
        [list === undefined ? null : JSON.stringify(list), ownerId ?? null, department ?? null],
      );
      const kpis = rows.map((row) => row.doc);
      if (list === undefined) return send(c, kpis);
      const byId = new Map(kpis.map((kpi) => [kpi.id, kpi]));
      return send(
        c,
        [...new Set(list)].flatMap((id) => (byId.has(id) ? [byId.get(id)] : [])),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/kpis/{id}',
      tags,
      summary: 'One KPI',
      request: { params: IdParamSchema },
      responses: { 200: json(KpiSchema, 'The KPI'), ...ERRORS },
    }),
    async (c) => send(c, await loadKpi(ctx.db, c.req.valid('param').id)),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/kpis/{id}/history',
      tags,
      summary: 'Samples of one KPI, oldest period first (from/to inclusive, compared as strings)',
      request: { params: IdParamSchema, query: z.object(RangeQuery) },
      responses: { 200: json(z.array(KpiSampleSchema), 'The samples'), ...ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { from, to } = c.req.valid('query');
      await loadKpi(ctx.db, id);
      return send(c, await samples(ctx.db, [id], from, to));
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/kpi-history',
      tags,
      summary: 'The history of several KPIs at once; unknown ids are left out',
      request: { query: z.object({ ids: IdListSchema, ...RangeQuery }) },
      responses: {
        200: json(z.record(z.string(), z.array(KpiSampleSchema)), 'Samples per KPI id'),
        ...ERRORS,
      },
    }),
    async (c) => {
      const { ids, from, to } = c.req.valid('query');
      const list = [...new Set(splitIds(ids))];
      const known = await ctx.db.query<{ id: string }>(
        'select id from kpis where id in (select jsonb_array_elements_text($1::text::jsonb))',
        [JSON.stringify(list)],
      );
      const result: Record<string, KpiSample[]> = {};
      const knownIds = new Set(known.map((row) => row.id));
      for (const id of list) if (knownIds.has(id)) result[id] = [];
      for (const sample of await samples(ctx.db, list, from, to)) result[sample.kpiId]?.push(sample);
      return send(c, result);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/kpis/{id}/samples',
      tags,
      summary: "Record one period's value (replacing that period's sample); the owner, their managers or HR",
      request: { params: IdParamSchema, headers: WRITE_HEADERS, body: body(KpiSampleInputSchema) },
      responses: { 200: json(KpiSchema, 'The KPI, updated when the period is the latest'), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const viewer = c.get('viewer');
      return writeOnce(c, ctx, async (tx) => {
        const kpi = await loadKpi(tx, id, true);
        if (!viewer.isHr && !viewer.managesOrIs(kpi.ownerId)) {
          fail(403, 'FORBIDDEN', "only the KPI's owner, their managers or an HR admin may record it", { id });
        }
        const rules = coreRules({ kpis: [kpi] }, ctx.now);
        const updated = await rules.kpis.record(id, input as KpiSampleInput, ONCE);
        const [sample] = await rules.kpis.history(id, { from: input.period, to: input.period });
        await tx.query('update kpis set doc = $2::text::jsonb where id = $1', [id, JSON.stringify(updated)]);
        await tx.query(
          `insert into kpi_samples (kpi_id, period, doc) values ($1, $2, $3::text::jsonb)
           on conflict (kpi_id, period) do update set doc = excluded.doc`,
          [id, input.period, JSON.stringify(sample)],
        );
        return {
          status: 200,
          body: updated,
          events: [[{ type: 'kpis', ids: [id], kind: 'updated' }, { scope: 'all' }]],
        };
      });
    },
  );
}
