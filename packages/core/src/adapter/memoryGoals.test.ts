import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Goal } from '../domain/goal.types.js';
import { NorthstarError } from '../errors/NorthstarError.js';
import { createMemoryAdapter } from './createMemoryAdapter.js';

const NOW = new Date('2025-08-01T09:00:00.000Z');

function goalsSeed(): Goal[] {
  return [
    { id: 'company', title: 'Grow', level: 'company', cycleId: 'q3' },
    { id: 'sales', title: 'Sell more', parentId: 'company', ownerId: 'p-1', cycleId: 'q3' },
    { id: 'eng', title: 'Ship faster', parentId: 'company', ownerId: 'p-2', cycleId: 'q3' },
    {
      id: 'kr-deals',
      title: 'Close 40 deals',
      parentId: 'sales',
      ownerId: 'p-1',
      cycleId: 'q3',
      metric: { start: 0, target: 40, current: 10 },
    },
    {
      id: 'kr-launch',
      title: 'Launch v2',
      parentId: 'eng',
      cycleId: 'q4',
      metric: { kind: 'binary', done: false },
    },
    {
      id: 'kr-latency',
      title: 'Keep p95 under 200ms',
      parentId: 'eng',
      metric: { kind: 'range', min: 0, max: 200 },
    },
  ];
}

function adapter() {
  return createMemoryAdapter({ goals: goalsSeed() }, { now: () => NOW });
}

async function rejection(promise: Promise<unknown>): Promise<NorthstarError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NorthstarError);
  return error as NorthstarError;
}

let key = 0;
const write = () => ({ idempotencyKey: `k-${++key}` });

describe('memory goals: reads', () => {
  it('goals.list filters by cycle and owner together', async () => {
    const a = adapter();
    // q3 goals: company, sales, eng, kr-deals; of those, owner p-1 has sales and kr-deals.
    expect((await a.goals.list({ cycleId: 'q3', ownerId: 'p-1' })).map((g) => g.id)).toEqual([
      'sales',
      'kr-deals',
    ]);
    expect((await a.goals.list({})).length).toBe(6);
  });

  it('goals.list with ids returns those ids in the order asked, skipping unknown ones', async () => {
    const a = adapter();
    expect((await a.goals.list({ ids: ['eng', 'nope', 'company', 'eng'] })).map((g) => g.id)).toEqual([
      'eng',
      'company',
    ]);
  });

  it('goals.get of an unknown id rejects NOT_FOUND naming the id', async () => {
    const error = await rejection(adapter().goals.get('ghost'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('"ghost"');
    expect(error.details.id).toBe('ghost');
  });
});

describe('memory goals: create, update, remove', () => {
  it('goals.create stores the goal with a new id and updatedAt from the clock', async () => {
    const a = adapter();
    const created = await a.goals.create({ title: 'Hire 5 engineers', parentId: 'eng' }, write());
    expect(created).toEqual({
      id: 'goal-1',
      title: 'Hire 5 engineers',
      parentId: 'eng',
      updatedAt: NOW.toISOString(),
    });
    expect(await a.goals.get('goal-1')).toEqual(created);
  });

  it('goals.create skips default ids already used by the seed', async () => {
    const a = createMemoryAdapter({ goals: [{ id: 'goal-1', title: 'Seeded' }] });
    expect((await a.goals.create({ title: 'New' }, write())).id).toBe('goal-2');
  });

  it('goals.create with a blank title rejects EMPTY_INPUT naming the field', async () => {
    const error = await rejection(adapter().goals.create({ title: '  ' }, write()));
    expect(error.code).toBe('EMPTY_INPUT');
    expect(error.message).toContain('"title"');
    expect(error.details.field).toBe('title');
  });

  it('goals.create with an unknown parent rejects UNKNOWN_PARENT naming the parent', async () => {
    const error = await rejection(adapter().goals.create({ title: 'Orphan', parentId: 'nowhere' }, write()));
    expect(error.code).toBe('UNKNOWN_PARENT');
    expect(error.message).toContain('"nowhere"');
    expect(error.details.field).toBe('parentId');
  });

  it('goals.create with a NaN metric target rejects INVALID_METRIC naming metric.target', async () => {
    const error = await rejection(
      adapter().goals.create({ title: 'Bad', metric: { start: 0, target: Number.NaN } }, write()),
    );
    expect(error.code).toBe('INVALID_METRIC');
    expect(error.details.field).toBe('metric.target');
    expect(error.message).toContain('metric.target');
  });

  it('goals.create with start equal to target and no direction rejects INVALID_METRIC naming metric.direction', async () => {
    const error = await rejection(
      adapter().goals.create({ title: 'Flat', metric: { start: 5, target: 5 } }, write()),
    );
    expect(error.code).toBe('INVALID_METRIC');
    expect(error.details.field).toBe('metric.direction');
  });

  it('goals.create with an unknown status or negative weight rejects naming the field', async () => {
    const status = await rejection(
      adapter().goals.create({ title: 'X', status: 'paused' as never }, write()),
    );
    expect([status.code, status.details.field]).toEqual(['INVALID_OPTION', 'status']);
    const weight = await rejection(adapter().goals.create({ title: 'X', weight: -1 }, write()));
    expect([weight.code, weight.details.field]).toEqual(['INVALID_WEIGHT', 'weight']);
  });

  it('goals.create refuses an id because the store assigns it', async () => {
    const error = await rejection(adapter().goals.create({ title: 'X', id: 'mine' } as never, write()));
    expect([error.code, error.details.field]).toEqual(['INVALID_OPTION', 'id']);
  });

  it('goals.update merges the patch and an undefined value clears the field', async () => {
    const a = adapter();
    const updated = await a.goals.update('sales', { status: 'done', ownerId: undefined }, write());
    expect(updated).toEqual({
      id: 'sales',
      title: 'Sell more',
      parentId: 'company',
      cycleId: 'q3',
      status: 'done',
      updatedAt: NOW.toISOString(),
    });
  });

  it('goals.update refuses parent changes and points to goals.align', async () => {
    const error = await rejection(adapter().goals.update('sales', { parentId: 'eng' } as never, write()));
    expect(error.code).toBe('INVALID_OPTION');
    expect(error.details.field).toBe('parentId');
    expect(error.message).toContain('goals.align');
  });

  it('goals.update of an unknown goal rejects NOT_FOUND naming it', async () => {
    const error = await rejection(adapter().goals.update('ghost', { title: 'x' }, write()));
    expect([error.code, error.details.id]).toEqual(['NOT_FOUND', 'ghost']);
  });

  it('goals.remove deletes a leaf and later reads reject NOT_FOUND', async () => {
    const a = adapter();
    await a.goals.remove('kr-deals', write());
    expect((await rejection(a.goals.get('kr-deals'))).code).toBe('NOT_FOUND');
  });

  it('goals.remove of a goal with aligned children rejects CONFLICT listing them', async () => {
    const error = await rejection(adapter().goals.remove('eng', write()));
    expect(error.code).toBe('CONFLICT');
    expect(error.details.children).toEqual(['kr-launch', 'kr-latency']);
    expect(error.message).toContain('"kr-launch"');
  });
});

describe('memory goals: check-ins', () => {
  it('goals.checkIn appends the check-in and sets the metric current', async () => {
    const a = adapter();
    const goal = await a.goals.checkIn(
      'kr-deals',
      { current: 25, note: 'Big quarter', authorId: 'p-1' },
      write(),
    );
    expect(goal.metric).toEqual({ start: 0, target: 40, current: 25 });
    expect(goal.checkIns).toEqual([
      {
        id: 'check-in-1',
        goalId: 'kr-deals',
        at: NOW.toISOString(),
        current: 25,
        note: 'Big quarter',
        authorId: 'p-1',
      },
    ]);
    expect((await a.goals.get('kr-deals')).metric).toEqual({ start: 0, target: 40, current: 25 });
  });

  it('goals.checkIn on a binary metric maps 1 to done', async () => {
    const goal = await adapter().goals.checkIn('kr-launch', { current: 1 }, write());
    expect(goal.metric).toEqual({ kind: 'binary', done: true });
  });

  it('goals.checkIn back-dated before the latest keeps the newer current', async () => {
    const a = adapter();
    await a.goals.checkIn('kr-deals', { current: 30, at: '2025-07-20T00:00:00.000Z' }, write());
    const goal = await a.goals.checkIn('kr-deals', { current: 12, at: '2025-07-01T00:00:00.000Z' }, write());
    // The 12 is older than the 30, so it slots in first and current stays 30.
    expect(goal.checkIns?.map((c) => c.current)).toEqual([12, 30]);
    expect(goal.metric).toMatchObject({ current: 30 });
  });

  it('goals.checkIn with current null records a note and leaves the metric alone', async () => {
    const goal = await adapter().goals.checkIn('kr-deals', { current: null, note: 'No data yet' }, write());
    expect(goal.metric).toMatchObject({ current: 10 });
    expect(goal.checkIns?.[0]?.current).toBeNull();
  });

  it('goals.checkIn with Infinity rejects INVALID_VALUE naming current', async () => {
    const error = await rejection(
      adapter().goals.checkIn('kr-deals', { current: Number.POSITIVE_INFINITY }, write()),
    );
    expect([error.code, error.details.field]).toEqual(['INVALID_VALUE', 'current']);
    expect(error.message).toContain('"kr-deals"');
  });

  it('goals.checkIn with a number on a goal without a metric rejects INVALID_METRIC', async () => {
    const error = await rejection(adapter().goals.checkIn('company', { current: 3 }, write()));
    expect([error.code, error.details.id, error.details.field]).toEqual([
      'INVALID_METRIC',
      'company',
      'metric',
    ]);
  });

  it('goals.checkIn with 0.5 on a binary metric rejects INVALID_VALUE', async () => {
    const error = await rejection(adapter().goals.checkIn('kr-launch', { current: 0.5 }, write()));
    expect([error.code, error.details.field]).toEqual(['INVALID_VALUE', 'current']);
  });

  it('goals.checkIn with an unparseable date rejects INVALID_VALUE naming at', async () => {
    const error = await rejection(
      adapter().goals.checkIn('kr-deals', { current: 1, at: 'yesterday' }, write()),
    );
    expect([error.code, error.details.field]).toEqual(['INVALID_VALUE', 'at']);
  });
});

describe('memory goals: align', () => {
  it('goals.align replaces parentId with the given weighted edges', async () => {
    const a = adapter();
    const goal = await a.goals.align('kr-latency', [{ id: 'eng', weight: 2 }, { id: 'sales' }], write());
    expect(goal.parentId).toBeUndefined();
    expect(goal.parents).toEqual([{ id: 'eng', weight: 2 }, { id: 'sales' }]);
  });

  it('goals.align of an ancestor under its descendant rejects CYCLE with the ids on the cycle', async () => {
    // company ← sales ← kr-deals; aligning company under kr-deals closes company → kr-deals → sales → company.
    const error = await rejection(adapter().goals.align('company', [{ id: 'kr-deals' }], write()));
    expect(error.code).toBe('CYCLE');
    expect(error.details.cycle).toEqual(['company', 'kr-deals', 'sales', 'company']);
    expect(error.message).toContain('company → kr-deals → sales → company');
  });

  it('goals.align rejects a cycle that runs through a second parent', async () => {
    const a = adapter();
    // kr-latency gets a second parent, sales: now sales is reachable upward from kr-latency only via that edge.
    await a.goals.align('kr-latency', [{ id: 'eng' }, { id: 'sales' }], write());
    // Aligning sales under kr-latency: sales → kr-latency → sales (through kr-latency's second parent).
    const error = await rejection(a.goals.align('sales', [{ id: 'company' }, { id: 'kr-latency' }], write()));
    expect(error.code).toBe('CYCLE');
    expect(error.details.cycle).toEqual(['sales', 'kr-latency', 'sales']);
    // The rejected write changed nothing.
    expect((await a.goals.get('sales')).parentId).toBe('company');
  });

  it('goals.align to itself rejects CYCLE', async () => {
    const error = await rejection(adapter().goals.align('eng', [{ id: 'eng' }], write()));
    expect(error.code).toBe('CYCLE');
    expect(error.details.cycle).toEqual(['eng', 'eng']);
  });

  it('goals.align to an unknown goal rejects UNKNOWN_PARENT naming the edge', async () => {
    const error = await rejection(
      adapter().goals.align('eng', [{ id: 'company' }, { id: 'ghost' }], write()),
    );
    expect(error.code).toBe('UNKNOWN_PARENT');
    expect(error.details.field).toBe('parents[1].id');
    expect(error.message).toContain('"ghost"');
  });

  it('goals.align with a repeated parent or a NaN weight rejects naming the edge', async () => {
    const twice = await rejection(
      adapter().goals.align('eng', [{ id: 'company' }, { id: 'company' }], write()),
    );
    expect([twice.code, twice.details.field]).toEqual(['DUPLICATE_ID', 'parents[1].id']);
    const nan = await rejection(
      adapter().goals.align('eng', [{ id: 'company', weight: Number.NaN }], write()),
    );
    expect([nan.code, nan.details.field]).toEqual(['INVALID_WEIGHT', 'parents[0].weight']);
  });

  it('goals.align under the bottom of a 200,000-deep chain rejects CYCLE without recursion', async () => {
    const n = 200_000;
    const goals: Goal[] = [{ id: 'g0', title: 'root' }];
    for (let i = 1; i < n; i += 1) goals.push({ id: `g${i}`, title: 't', parentId: `g${i - 1}` });
    const a = createMemoryAdapter({ goals });
    const error = await rejection(a.goals.align('g0', [{ id: `g${n - 1}` }], write()));
    expect(error.code).toBe('CYCLE');
    expect(error.details.cycle?.length).toBe(n + 1);
  });
});

describe('memory goals: align property', () => {
  it('any sequence of goals.align calls leaves the stored alignment acyclic', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const op = fc.record({
      goal: fc.constantFrom(...ids),
      parents: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
        const a = createMemoryAdapter({ goals: ids.map((id) => ({ id, title: id })) });
        let n = 0;
        for (const { goal, parents } of ops) {
          await a.goals
            .align(
              goal,
              parents.map((id) => ({ id })),
              { idempotencyKey: `k${n++}` },
            )
            .catch((e: NorthstarError) => {
              expect(['CYCLE']).toContain(e.code);
            });
        }
        // Independent check: repeatedly strip goals none of the remaining goals align to; a cycle never empties.
        const edges = new Map(
          (await a.goals.list({})).map((g) => [g.id, (g.parents ?? []).map((p) => p.id)]),
        );
        let remaining = new Set(ids);
        for (let changed = true; changed; ) {
          const referenced = new Set([...remaining].flatMap((id) => edges.get(id) ?? []));
          const next = new Set([...remaining].filter((id) => referenced.has(id)));
          changed = next.size < remaining.size;
          remaining = next;
        }
        expect(remaining.size).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('memory goals: listChildren and the gate option', () => {
  it('goals.listChildren returns the goals aligned directly under a parent, by parentId or a parents edge', async () => {
    const a = createMemoryAdapter({
      goals: [
        ...goalsSeed(),
        { id: 'shared', title: 'Shared KR', parentId: 'sales', parents: [{ id: 'eng', weight: 2 }] },
      ],
    });
    expect((await a.goals.listChildren('eng')).map((g) => g.id).sort()).toEqual([
      'kr-latency',
      'kr-launch',
      'shared',
    ]);
    expect((await a.goals.listChildren('kr-deals')).length).toBe(0);
    const error = await rejection(a.goals.listChildren('missing'));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('missing');
  });

  it('a gate holds a call until the test releases it, and an abort still wins', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const a = createMemoryAdapter(
      { goals: goalsSeed() },
      { gate: (call) => (call.method === 'checkIn' ? held : undefined) },
    );
    let settled = false;
    const write = a.goals.checkIn('kr-deals', { current: 20 }, { idempotencyKey: 'k' }).then((goal) => {
      settled = true;
      return goal;
    });
    expect((await a.goals.get('kr-deals')).metric).toMatchObject({ current: 10 });
    await Promise.resolve();
    expect(settled).toBe(false);
    release();
    expect((await write).metric).toMatchObject({ current: 20 });

    const controller = new AbortController();
    const stuck = createMemoryAdapter({ goals: goalsSeed() }, { gate: () => new Promise(() => {}) });
    const read = stuck.goals.list({}, { signal: controller.signal });
    controller.abort();
    expect((await rejection(read)).code).toBe('ABORTED');
  });
});
