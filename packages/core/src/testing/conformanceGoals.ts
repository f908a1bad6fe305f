import type { GoalInput } from '../adapter/adapter.types.js';
import type { Goal } from '../domain/goal.types.js';
import type { ConformanceContext } from './conformanceContext.js';

/**
 * The goals part of the conformance suite: reads and filters, NOT_FOUND, create/update/check-in/align/remove.
 *
 * @example
 * defineGoalConformance(context);
 */
export function defineGoalConformance(context: ConformanceContext): void {
  const { t, target, key, unique, rejects } = context;
  const goals = () => target().adapter.goals;

  const newGoal = (title: string, extra: Partial<GoalInput> = {}): Promise<Goal> => {
    const { fixture } = target();
    return goals().create(
      {
        title: unique(title),
        ownerId: fixture.actorId,
        cycleId: fixture.cycleId,
        metric: { start: 0, target: 10, current: 0 },
        ...extra,
      },
      { idempotencyKey: key() },
    );
  };

  t.describe('goals', () => {
    t.it(
      'create assigns an id and get, list by ids and list by owner and cycle return the goal',
      async () => {
        const { fixture } = target();
        const created = await newGoal('Conformance read');
        t.expect(typeof created.id).toBe('string');
        t.expect(typeof created.updatedAt).toBe('string');
        const fetched = await goals().get(created.id);
        t.expect(fetched.id).toBe(created.id);
        t.expect(fetched.title).toBe(created.title);
        const byIds = await goals().list({ ids: [created.id, 'conformance-missing-goal'] });
        t.expect(byIds.map((goal) => goal.id)).toEqual([created.id]);
        const filtered = await goals().list({ ownerId: fixture.actorId, cycleId: fixture.cycleId });
        t.expect(filtered.map((goal) => goal.id)).toContain(created.id);
        for (const goal of filtered) {
          t.expect(goal.ownerId).toBe(fixture.actorId);
          t.expect(goal.cycleId).toBe(fixture.cycleId);
        }
      },
    );

    t.it(
      'get, listChildren, update, checkIn, align and remove of an unknown goal reject NOT_FOUND naming the id',
      async () => {
        const id = 'conformance-missing-goal';
        t.expect((await rejects(goals().get(id), 'NOT_FOUND')).details.id).toBe(id);
        t.expect((await rejects(goals().listChildren(id), 'NOT_FOUND')).details.id).toBe(id);
        const update = goals().update(id, { title: 'x' }, { idempotencyKey: key() });
        t.expect((await rejects(update, 'NOT_FOUND')).details.id).toBe(id);
        const checkIn = goals().checkIn(id, { current: 1 }, { idempotencyKey: key() });
        t.expect((await rejects(checkIn, 'NOT_FOUND')).details.id).toBe(id);
        const align = goals().align(id, [], { idempotencyKey: key() });
        t.expect((await rejects(align, 'NOT_FOUND')).details.id).toBe(id);
        const remove = goals().remove(id, { idempotencyKey: key() });
        t.expect((await rejects(remove, 'NOT_FOUND')).details.id).toBe(id);
      },
    );

    t.it('update changes the given fields and keeps the others', async () => {
      const created = await newGoal('Conformance update');
      const title = unique('Conformance updated');
      const updated = await goals().update(
        created.id,
        { title, status: 'active' },
        { idempotencyKey: key() },
      );
      t.expect(updated.title).toBe(title);
      t.expect(updated.status).toBe('active');
      t.expect(updated.ownerId).toBe(created.ownerId);
      t.expect((await goals().get(created.id)).title).toBe(title);
    });

    t.it('checkIn sets the metric current and appends to the history, oldest first', async () => {
      const created = await newGoal('Conformance check-in');
      const first = await goals().checkIn(
        created.id,
        { current: 4, note: 'first' },
        { idempotencyKey: key() },
      );
      t.expect(first.metric).toEqual({ start: 0, target: 10, current: 4 });
      const second = await goals().checkIn(created.id, { current: 7 }, { idempotencyKey: key() });
      t.expect((second.metric as { current?: number }).current).toBe(7);
      const stored = await goals().get(created.id);
      t.expect(stored.checkIns?.map((c) => c.current)).toEqual([4, 7]);
      t.expect(stored.checkIns?.[0]?.note).toBe('first');
      t.expect(stored.checkIns?.[0]?.goalId).toBe(created.id);
    });

    t.it('listChildren returns the goals aligned under a parent', async () => {
      const parent = await newGoal('Conformance parent');
      const child = await newGoal('Conformance child', { parentId: parent.id });
      const children = await goals().listChildren(parent.id);
      t.expect(children.map((goal) => goal.id)).toEqual([child.id]);
    });

    t.it('align replaces the parent edges and rejects CYCLE naming the ids on the cycle', async () => {
      const top = await newGoal('Conformance top');
      const middle = await newGoal('Conformance middle', { parentId: top.id });
      const other = await newGoal('Conformance other');
      const error = await rejects(
        goals().align(top.id, [{ id: middle.id }], { idempotencyKey: key() }),
        'CYCLE',
      );
      t.expect(error.details.cycle).toContain(top.id);
      t.expect(error.details.cycle).toContain(middle.id);
      t.expect((await goals().get(top.id)).parents ?? []).toEqual([]);
      const realigned = await goals().align(middle.id, [{ id: other.id, weight: 2 }], {
        idempotencyKey: key(),
      });
      t.expect(realigned.parents).toEqual([{ id: other.id, weight: 2 }]);
      t.expect(await goals().listChildren(top.id)).toEqual([]);
      t.expect((await goals().listChildren(other.id)).map((goal) => goal.id)).toEqual([middle.id]);
    });

    t.it('remove deletes the goal', async () => {
      const created = await newGoal('Conformance remove');
      await goals().remove(created.id, { idempotencyKey: key() });
      await rejects(goals().get(created.id), 'NOT_FOUND');
      t.expect(await goals().list({ ids: [created.id] })).toEqual([]);
    });
  });
}
