import { createRoute, z } from '@hono/zod-openapi';
import type { TalentMoveRecord, TalentRecord } from '@northstar/core';
import type { Viewer } from '../auth/viewer.js';
import { insertDocs, saveTalent } from '../db/rows.js';
import { coreRules, ONCE } from '../domain/coreRules.js';
import type { ApiApp, ApiContext } from '../http/context.js';
import { fail } from '../http/problem.js';
import { writeOnce } from '../http/writeOnce.js';
import { IdSchema } from '../schemas/common.js';
import { TalentMoveInputSchema, TalentMoveRecordSchema, TalentRecordSchema } from '../schemas/domain.js';
import { body, ERRORS, json, send, WRITE_ERRORS, WRITE_HEADERS } from './routeKit.js';

const tags = ['talent'];

/** Talent data is for HR admins and managers (of their unit) only. */
function requireTalentReader(viewer: Viewer): void {
  if (viewer.role === 'employee') {
    fail(403, 'FORBIDDEN', 'talent reviews are visible to HR admins and managers only');
  }
}

/**
 * Registers the talent-review routes: placements, moves with a reason, and the move history.
 *
 * @example
 * talentRoutes(app, ctx);
 */
export function talentRoutes(app: ApiApp, ctx: ApiContext): void {
  const visibleTo = (viewer: Viewer): [boolean, string] => [viewer.isHr, JSON.stringify([...viewer.below])];

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/talent',
      tags,
      summary: '9-box placements: HR admins see everyone, managers the people in their unit',
      request: { query: z.object({ cycleId: IdSchema.optional() }) },
      responses: { 200: json(z.array(TalentRecordSchema), 'The placements'), ...ERRORS },
    }),
    async (c) => {
      const viewer = c.get('viewer');
      requireTalentReader(viewer);
      const { cycleId } = c.req.valid('query');
      const rows = await ctx.db.query<{ doc: TalentRecord }>(
        `select doc from talent
          where ($1::text is null or doc->>'cycleId' = $1)
            and ($2 or person_id in (select jsonb_array_elements_text($3::text::jsonb)))
          order by ord`,
        [cycleId ?? null, ...visibleTo(viewer)],
      );
      return send(
        c,
        rows.map((row) => row.doc),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/talent/moves',
      tags,
      summary: 'Every recorded 9-box move, oldest first (same visibility as the placements)',
      request: { query: z.object({ cycleId: IdSchema.optional(), personId: IdSchema.optional() }) },
      responses: { 200: json(z.array(TalentMoveRecordSchema), 'The moves'), ...ERRORS },
    }),
    async (c) => {
      const viewer = c.get('viewer');
      requireTalentReader(viewer);
      const { cycleId, personId } = c.req.valid('query');
      const rows = await ctx.db.query<{ doc: TalentMoveRecord }>(
        `select doc from talent_moves
          where ($1::text is null or cycle_id = $1) and ($2::text is null or person_id = $2)
            and ($3 or person_id in (select jsonb_array_elements_text($4::text::jsonb)))
          order by ord`,
        [cycleId ?? null, personId ?? null, ...visibleTo(viewer)],
      );
      return send(
        c,
        rows.map((row) => row.doc),
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/talent/{personId}/moves',
      tags,
      summary: 'Move a person on the 9-box with a reason; 409 CONFLICT when expectedUpdatedAt is stale',
      request: {
        params: z.object({ personId: IdSchema.openapi({ param: { name: 'personId', in: 'path' } }) }),
        headers: WRITE_HEADERS,
        body: body(TalentMoveInputSchema),
      },
      responses: { 200: json(TalentRecordSchema, 'The moved record'), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { personId } = c.req.valid('param');
      const move = c.req.valid('json');
      const viewer = c.get('viewer');
      requireTalentReader(viewer);
      if (!viewer.isHr && !viewer.below.has(personId)) {
        fail(404, 'NOT_FOUND', `talent record of person "${personId}" was not found`, {
          id: personId,
          field: 'personId',
        });
      }
      if (move.movedBy !== undefined && move.movedBy !== viewer.person.id && !viewer.isHr) {
        fail(403, 'FORBIDDEN', 'a move can only be recorded as made by the caller', {
          id: personId,
          field: 'movedBy',
        });
      }
      return writeOnce(c, ctx, async (tx) => {
        const rows = await tx.query<{ doc: TalentRecord }>(
          'select doc from talent where person_id = $1 order by ord for update',
          [personId],
        );
        const rules = coreRules({ talent: rows.map((row) => row.doc) }, ctx.now);
        const record = await rules.talent.move(personId, { movedBy: viewer.person.id, ...move }, ONCE);
        const [entry] = await rules.talent.listMoves({ personId });
        await saveTalent(tx, [record]);
        await insertDocs(tx, 'talent_moves', [entry!], { person_id: 'personId', cycle_id: 'cycleId' });
        return {
          status: 200,
          body: record,
          events: [
            [
              { type: 'talent', ids: [personId], kind: 'updated' },
              { scope: 'talent', personId },
            ],
          ],
        };
      });
    },
  );
}
