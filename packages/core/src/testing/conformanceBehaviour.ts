import type { AdapterChange } from '../adapter/adapter.types.js';
import type { ConformanceContext } from './conformanceContext.js';

/**
 * The cross-domain part of the conformance suite: idempotent writes, AbortSignal and subscribe.
 *
 * @example
 * defineBehaviourConformance(context);
 */
export function defineBehaviourConformance(context: ConformanceContext): void {
  const { t, target, key, unique, rejects } = context;

  t.describe('idempotency', () => {
    t.it('the same key twice writes once and resolves to the same result', async () => {
      const { adapter, fixture } = target();
      const idempotencyKey = key();
      const input = {
        title: unique('Conformance idempotent'),
        ownerId: fixture.actorId,
        cycleId: fixture.cycleId,
      };
      const first = await adapter.goals.create(input, { idempotencyKey });
      const again = await adapter.goals.create(input, { idempotencyKey });
      t.expect(again.id).toBe(first.id);
      t.expect(again).toEqual(first);
      const owned = await adapter.goals.list({ ownerId: fixture.actorId, cycleId: fixture.cycleId });
      t.expect(owned.filter((goal) => goal.title === input.title)).toHaveLength(1);
    });

    t.it('two concurrent writes with one key write once and resolve alike', async () => {
      const { adapter, fixture } = target();
      const idempotencyKey = key();
      const input = {
        title: unique('Conformance concurrent'),
        ownerId: fixture.actorId,
        cycleId: fixture.cycleId,
      };
      const [first, second] = await Promise.all([
        adapter.goals.create(input, { idempotencyKey }),
        adapter.goals.create(input, { idempotencyKey }),
      ]);
      t.expect(second?.id).toBe(first?.id);
      const owned = await adapter.goals.list({ ownerId: fixture.actorId, cycleId: fixture.cycleId });
      t.expect(owned.filter((goal) => goal.title === input.title)).toHaveLength(1);
    });

    t.it('a repeated check-in key appends one check-in', async () => {
      const { adapter, fixture } = target();
      const goal = await adapter.goals.create(
        {
          title: unique('Conformance idempotent check-in'),
          ownerId: fixture.actorId,
          cycleId: fixture.cycleId,
          metric: { start: 0, target: 10, current: 0 },
        },
        { idempotencyKey: key() },
      );
      const idempotencyKey = key();
      await adapter.goals.checkIn(goal.id, { current: 3 }, { idempotencyKey });
      await adapter.goals.checkIn(goal.id, { current: 3 }, { idempotencyKey });
      t.expect((await adapter.goals.get(goal.id)).checkIns).toHaveLength(1);
    });
  });

  t.describe('abort', () => {
    t.it('a read with an aborted signal rejects ABORTED', async () => {
      const controller = new AbortController();
      controller.abort();
      await rejects(target().adapter.goals.list({}, { signal: controller.signal }), 'ABORTED');
      await rejects(
        target().adapter.people.get(target().fixture.actorId, { signal: controller.signal }),
        'ABORTED',
      );
    });

    t.it('a write with an aborted signal rejects ABORTED and writes nothing', async () => {
      const { adapter, fixture } = target();
      const controller = new AbortController();
      controller.abort();
      const title = unique('Conformance aborted');
      const write = adapter.goals.create(
        { title, ownerId: fixture.actorId, cycleId: fixture.cycleId },
        { idempotencyKey: key(), signal: controller.signal },
      );
      await rejects(write, 'ABORTED');
      const owned = await adapter.goals.list({ ownerId: fixture.actorId, cycleId: fixture.cycleId });
      t.expect(owned.map((goal) => goal.title)).not.toContain(title);
    });
  });

  t.describe('subscribe', () => {
    t.it('delivers a change naming the goal after a write', async () => {
      const { adapter, fixture } = target();
      const changes: AdapterChange[] = [];
      let notify: (() => void) | undefined;
      const unsubscribe = adapter.subscribe((change) => {
        changes.push(change);
        notify?.();
      });
      try {
        // A remote adapter connects asynchronously; its unsubscribe function may carry a `ready` promise.
        await (unsubscribe as { ready?: Promise<void> }).ready;
        const goal = await adapter.goals.create(
          { title: unique('Conformance subscribe'), ownerId: fixture.actorId, cycleId: fixture.cycleId },
          { idempotencyKey: key() },
        );
        const seen = (): boolean => changes.some((c) => c.type === 'goals' && c.ids.includes(goal.id));
        if (!seen()) await new Promise<void>((resolve) => (notify = () => seen() && resolve()));
        const change = changes.find((c) => c.type === 'goals' && c.ids.includes(goal.id));
        t.expect(change?.kind).toBe('created');
      } finally {
        unsubscribe();
      }
    });
  });
}
