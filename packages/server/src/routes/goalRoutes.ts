import { createRoute, z } from '@hono/zod-openapi';
import type { Goal, GoalInput, GoalPatch } from '@northstar/core';
import type { Viewer } from '../auth/viewer.js';
import type { Sql } from '../db/database.types.js';
import { insertCheckIns, parentIdsOf, saveGoals } from '../db/rows.js';
import { coreRules, ONCE } from '../domain/coreRules.js';
import { ancestorStubs, listGoals, loadGoal, loadGoalForCheckIn, newCheckIn } from '../domain/goalRows.js';
import { type Audience, canSeeGoal } from '../events/audience.js';
import type { ApiApp, ApiContext } from '../http/context.js';
import { fail } from '../http/problem.js';
import { writeOnce } from '../http/writeOnce.js';
import { IdListSchema, IdParamSchema, IdSchema, splitIds } from '../schemas/common.js';
import {
  AlignInputSchema,
  CheckInInputSchema,
  GoalInputSchema,
  GoalPatchSchema,
  GoalSchema,
} from '../schemas/domain.js';
import { body, ERRORS, json, send, WRITE_ERRORS, WRITE_HEADERS } from './routeKit.js';

const tags = ['goals'];

function audienceOf(goal: Goal): Audience {
  return { scope: 'goal', level: goal.level, ownerId: goal.ownerId };
}

function notFound(id: string): never {
  fail(404, 'NOT_FOUND', `goal "${id}" was not found`, { id, field: 'id' });
}

/** Loads a goal the viewer may see, else 404 (never 403: no existence leak). */
async function visibleGoal(sql: Sql, viewer: Viewer, id: string, lock = false): Promise<Goal> {
  const goal = await loadGoal(sql, id, lock);
  if (goal === undefined || !canSeeGoal(viewer, goal)) notFound(id);
  return goal;
}

/** Owners, their managers (the whole chain above) and HR admins may change a goal. */
function requireGoalWriter(viewer: Viewer, goal: { ownerId?: string; id?: string }, action: string): void {
  if (viewer.isHr || viewer.managesOrIs(goal.ownerId)) return;
  fail(403, 'FORBIDDEN', `only the goal's owner, their managers or an HR admin may ${action}`, {
    id: goal.id,
  });
}

/** The goal and the stubs of every goal above its parents, as core's rules need them. */
async function rulesSeed(tx: Sql, goal: Goal | undefined, moreParents: readonly string[]): Promise<Goal[]> {
  const parents = [...(goal === undefined ? [] : parentIdsOf(goal)), ...moreParents];
  const stubs = (await ancestorStubs(tx, parents)).filter((stub) => stub.id !== goal?.id);
  return goal === undefined ? stubs : [...stubs, goal];
}

/**
 * Registers the goal routes (list, get, children, create, update, check-in, align, remove).
 *
 * @example
 * goalRoutes(app, ctx);
 */
export function goalRoutes(app: ApiApp, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/goals',
      tags,
      summary: 'Goals matching every given filter (only those the caller may see)',
      request: {
        query: z.object({
          cycleId: IdSchema.optional(),
          ownerId: IdSchema.optional(),
          ids: IdListSchema.optional(),
        }),
      },
      responses: { 200: json(z.array(GoalSchema), 'The goals, with their check-ins'), ...ERRORS },
    }),
    async (c) => {
      const { cycleId, ownerId, ids } = c.req.valid('query');
      return send(c, await listGoals(ctx.db, c.get('viewer'), { cycleId, ownerId, ids: splitIds(ids) }));
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/goals/{id}',
      tags,
      summary: 'One goal with its check-ins',
      request: { params: IdParamSchema },
      responses: { 200: json(GoalSchema, 'The goal'), ...ERRORS },
    }),
    async (c) => send(c, await visibleGoal(ctx.db, c.get('viewer'), c.req.valid('param').id)),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/goals/{id}/children',
      tags,
      summary: 'Goals aligned directly under this one',
      request: { params: IdParamSchema },
      responses: { 200: json(z.array(GoalSchema), 'The children the caller may see'), ...ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const viewer = c.get('viewer');
      const parent = await loadGoal(ctx.db, id);
      if (parent === undefined || !canSeeGoal(viewer, parent))
        fail(404, 'NOT_FOUND', `goal "${id}" was not found`, { id, field: 'parentId' });
      return send(c, await listGoals(ctx.db, viewer, { parentId: id }));
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/goals',
      tags,
      summary: 'Create a goal (owned by the caller or someone they manage, unless HR admin)',
      request: { headers: WRITE_HEADERS, body: body(GoalInputSchema) },
      responses: { 201: json(GoalSchema, 'The created goal'), ...WRITE_ERRORS },
    }),
    async (c) => {
      const input = c.req.valid('json') as GoalInput;
      const viewer = c.get('viewer');
      if (!viewer.isHr) {
        const owner = input.ownerId;
        if (owner === undefined || !viewer.managesOrIs(owner)) {
          fail(
            403,
            'FORBIDDEN',
            'a goal must be owned by you or someone you manage (HR admins may set any owner)',
            {
              field: 'ownerId',
            },
          );
        }
      }
      return writeOnce(c, ctx, async (tx) => {
        const parents = parentIdsOf({ id: '', ...input } as Goal);
        const rules = coreRules({ goals: await rulesSeed(tx, undefined, parents) }, ctx.now);
        const goal = await rules.goals.create(input, ONCE);
        await saveGoals(tx, [goal]);
        return {
          status: 201,
          body: goal,
          events: [[{ type: 'goals', ids: [goal.id], kind: 'created' }, audienceOf(goal)]],
        };
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/goals/{id}',
      tags,
      summary: 'Change fields of a goal (alignment goes through PUT …/parents)',
      request: { params: IdParamSchema, headers: WRITE_HEADERS, body: body(GoalPatchSchema) },
      responses: { 200: json(GoalSchema, 'The updated goal'), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json') as GoalPatch;
      const viewer = c.get('viewer');
      return writeOnce(c, ctx, async (tx) => {
        const goal = await visibleGoal(tx, viewer, id, true);
        requireGoalWriter(viewer, goal, 'change it');
        if (patch.ownerId !== undefined && !viewer.isHr && !viewer.managesOrIs(patch.ownerId)) {
          fail(403, 'FORBIDDEN', 'a goal can only be handed to you or someone you manage', {
            id,
            field: 'ownerId',
          });
        }
        const rules = coreRules({ goals: await rulesSeed(tx, goal, []) }, ctx.now);
        const updated = await rules.goals.update(id, patch, ONCE);
        await saveGoals(tx, [updated]);
        return {
          status: 200,
          body: updated,
          events: [[{ type: 'goals', ids: [id], kind: 'updated' }, audienceOf(updated)]],
        };
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/goals/{id}/check-ins',
      tags,
      summary: "Check in: set the metric's current value and append to the history, in one transaction",
      request: { params: IdParamSchema, headers: WRITE_HEADERS, body: body(CheckInInputSchema) },
      responses: { 200: json(GoalSchema, 'The goal with the new check-in'), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const viewer = c.get('viewer');
      return writeOnce(c, ctx, async (tx) => {
        const goal = await loadGoalForCheckIn(tx, id);
        if (goal === undefined || !canSeeGoal(viewer, goal)) notFound(id);
        requireGoalWriter(viewer, goal, 'check in on it');
        if (input.authorId !== undefined && input.authorId !== viewer.person.id && !viewer.isHr) {
          fail(403, 'FORBIDDEN', 'a check-in can only be authored by the caller', { id, field: 'authorId' });
        }
        const rules = coreRules({ goals: await rulesSeed(tx, goal, []) }, ctx.now);
        const after = await rules.goals.checkIn(id, { authorId: viewer.person.id, ...input }, ONCE);
        const checkIn = newCheckIn(goal, after);
        const { checkIns: _latest, ...doc } = after;
        await saveGoals(tx, [doc]);
        if (checkIn !== undefined) await insertCheckIns(tx, [checkIn]);
        const stored = (await loadGoal(tx, id))!;
        return {
          status: 200,
          body: stored,
          events: [[{ type: 'goals', ids: [id], kind: 'updated' }, audienceOf(stored)]],
        };
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/goals/{id}/parents',
      tags,
      summary: "Replace the goal's parent edges; 409 CYCLE when that would close a cycle",
      request: { params: IdParamSchema, headers: WRITE_HEADERS, body: body(AlignInputSchema) },
      responses: { 200: json(GoalSchema, 'The re-aligned goal'), ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { parents } = c.req.valid('json');
      const viewer = c.get('viewer');
      return writeOnce(c, ctx, async (tx) => {
        // One alignment at a time: two concurrent re-alignments could each pass the cycle check alone.
        await tx.query('select pg_advisory_xact_lock($1)', [72_317_002]);
        const goal = await visibleGoal(tx, viewer, id, true);
        requireGoalWriter(viewer, goal, 're-align it');
        const seed = await rulesSeed(
          tx,
          goal,
          parents.map((edge) => edge.id),
        );
        const rules = coreRules({ goals: seed }, ctx.now);
        const aligned = await rules.goals.align(id, parents, ONCE);
        const { checkIns: _checkIns, ...doc } = aligned;
        await saveGoals(tx, [doc]);
        const stored = (await loadGoal(tx, id))!;
        return {
          status: 200,
          body: stored,
          events: [[{ type: 'goals', ids: [id], kind: 'updated' }, audienceOf(stored)]],
        };
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/goals/{id}',
      tags,
      summary: 'Remove a goal that has no aligned goals (409 CONFLICT otherwise)',
      request: { params: IdParamSchema, headers: WRITE_HEADERS },
      responses: { 204: { description: 'Removed' }, ...WRITE_ERRORS },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const viewer = c.get('viewer');
      return writeOnce(c, ctx, async (tx) => {
        const goal = await visibleGoal(tx, viewer, id, true);
        requireGoalWriter(viewer, goal, 'remove it');
        const children = await tx.query<{ id: string; doc: Goal }>(
          'select id, doc from goals where $1 = any(parent_ids) order by ord',
          [id],
        );
        // Core decides the CONFLICT (and its message) from the goal and its children.
        const rules = coreRules(
          {
            goals: [
              ...(await rulesSeed(tx, goal, [])),
              ...children.map((row) => ({ id: row.id, title: 'child', parentId: id })),
            ],
          },
          ctx.now,
        );
        await rules.goals.remove(id, ONCE);
        await tx.query('delete from goals where id = $1', [id]);
        return {
          status: 204,
          body: null,
          events: [[{ type: 'goals', ids: [id], kind: 'removed' }, audienceOf(goal)]],
        };
      });
    },
  );
}
