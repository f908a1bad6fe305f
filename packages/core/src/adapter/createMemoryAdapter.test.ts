import { afterEach, describe, expect, it, vi } from 'vitest';
import { NorthstarError } from '../errors/NorthstarError.js';
import type { AdapterChange } from './adapter.types.js';
import { createMemoryAdapter } from './createMemoryAdapter.js';
import type { MemoryCall } from './memoryAdapter.types.js';

const seed = {
  goals: [
    { id: 'o-1', title: 'Grow' },
    { id: 'kr-1', title: 'Close deals', parentId: 'o-1', metric: { start: 0, target: 40, current: 10 } },
  ],
};

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

afterEach(() => {
  vi.useRealTimers();
});

describe('createMemoryAdapter: copies', () => {
  it('createMemoryAdapter copies the seed, so mutating it later changes nothing', async () => {
    const goals = [{ id: 'o-1', title: 'Grow', metric: { start: 0, target: 10, current: 1 } }];
    const adapter = createMemoryAdapter({ goals });
    goals[0]!.title = 'Changed';
    goals[0]!.metric.current = 9;
    expect(await adapter.goals.get('o-1')).toEqual({
      id: 'o-1',
      title: 'Grow',
      metric: { start: 0, target: 10, current: 1 },
    });
  });

  it('goals.get returns a copy, so mutating the result leaves the store intact', async () => {
    const adapter = createMemoryAdapter(seed);
    const first = await adapter.goals.get('kr-1');
    first.title = 'Hacked';
    (first.metric as { current: number }).current = 99;
    const again = await adapter.goals.get('kr-1');
    expect(again.title).toBe('Close deals');
    expect(again.metric).toEqual({ start: 0, target: 40, current: 10 });
  });

  it('goals.create copies its input, so mutating the input afterwards leaves the store intact', async () => {
    const adapter = createMemoryAdapter(seed);
    const input = { title: 'New', metric: { start: 0, target: 5 } };
    const created = await adapter.goals.create(input, { idempotencyKey: 'k' });
    input.metric.target = 500;
    expect((await adapter.goals.get(created.id)).metric).toEqual({ start: 0, target: 5 });
  });

  it('subscribe listeners get a copy of each change, so one listener cannot corrupt the next', async () => {
    const adapter = createMemoryAdapter(seed);
    const seen: AdapterChange[] = [];
    adapter.subscribe((change) => {
      change.ids.push('tampered');
    });
    adapter.subscribe((change) => seen.push(change));
    await adapter.goals.update('o-1', { title: 'Grow more' }, { idempotencyKey: 'k' });
    expect(seen).toEqual([{ type: 'goals', ids: ['o-1'], kind: 'updated' }]);
  });
});

describe('createMemoryAdapter: abort and latency', () => {
  it('a read with an already aborted signal rejects ABORTED naming the method', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(createMemoryAdapter(seed).goals.list({}, { signal: controller.signal }));
    expect(error.code).toBe('ABORTED');
    expect(error.message).toContain('goals.list');
  });

  it('a write with an already aborted signal rejects ABORTED and writes nothing', async () => {
    const adapter = createMemoryAdapter(seed);
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(
      adapter.goals.create({ title: 'X' }, { idempotencyKey: 'k', signal: controller.signal }),
    );
    expect(error.code).toBe('ABORTED');
    expect((await adapter.goals.list({})).length).toBe(2);
  });

  it('aborting during the latency rejects ABORTED and writes nothing', async () => {
    vi.useFakeTimers();
    const adapter = createMemoryAdapter(seed, { latencyMs: 500 });
    const controller = new AbortController();
    const pending = adapter.goals.update(
      'o-1',
      { title: 'Never' },
      { idempotencyKey: 'k', signal: controller.signal },
    );
    const settled = rejection(pending);
    await vi.advanceTimersByTimeAsync(200);
    controller.abort();
    const error = await settled;
    expect(error.code).toBe('ABORTED');
    expect(error.details.method).toBe('goals.update');
    const read = adapter.goals.get('o-1');
    await vi.advanceTimersByTimeAsync(500);
    expect((await read).title).toBe('Grow');
  });

  it('latencyMs delays settling by exactly that many ms', async () => {
    vi.useFakeTimers();
    const adapter = createMemoryAdapter(seed, { latencyMs: 300 });
    let done = false;
    void adapter.goals.list({}).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(299);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('latencyMs [min, max] draws min + random·(max − min)', async () => {
    vi.useFakeTimers();
    // random 0.25 over [100, 500] → 100 + 0.25·400 = 200 ms.
    const adapter = createMemoryAdapter(seed, { latencyMs: [100, 500], random: () => 0.25 });
    let done = false;
    void adapter.goals.list({}).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(199);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('createMemoryAdapter with a negative or inverted latency rejects INVALID_OPTION naming latencyMs', () => {
    for (const latencyMs of [-1, [300, 100] as const, Number.NaN]) {
      try {
        createMemoryAdapter({}, { latencyMs });
        expect.unreachable();
      } catch (error) {
        expect((error as NorthstarError).code).toBe('INVALID_OPTION');
        expect((error as NorthstarError).details.field).toBe('latencyMs');
      }
    }
  });
});

describe('createMemoryAdapter: idempotency', () => {
  it('goals.create repeated with the same key returns the first goal and creates it once', async () => {
    const adapter = createMemoryAdapter(seed);
    const events: AdapterChange[] = [];
    adapter.subscribe((change) => events.push(change));
    const first = await adapter.goals.create({ title: 'Hire' }, { idempotencyKey: 'create-hire' });
    const second = await adapter.goals.create({ title: 'Hire' }, { idempotencyKey: 'create-hire' });
    expect(second).toEqual(first);
    expect((await adapter.goals.list({})).map((g) => g.title)).toEqual(['Grow', 'Close deals', 'Hire']);
    expect(events).toEqual([{ type: 'goals', ids: [first.id], kind: 'created' }]);
  });

  it('two concurrent writes with one key apply once', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Both writes are in flight before either may apply.
    const adapter = createMemoryAdapter(seed, { gate: () => held });
    const both = Promise.all([
      adapter.goals.checkIn('kr-1', { current: 20 }, { idempotencyKey: 'same' }),
      adapter.goals.checkIn('kr-1', { current: 20 }, { idempotencyKey: 'same' }),
    ]);
    release();
    const [a, b] = await both;
    expect(a).toEqual(b);
    expect((await adapter.goals.get('kr-1')).checkIns?.length).toBe(1);
  });

  it('a repeated key returns the result as first written, not the goal as it is now', async () => {
    const adapter = createMemoryAdapter(seed);
    const first = await adapter.goals.update('o-1', { title: 'v1' }, { idempotencyKey: 'u1' });
    await adapter.goals.update('o-1', { title: 'v2' }, { idempotencyKey: 'u2' });
    expect((await adapter.goals.update('o-1', { title: 'v1' }, { idempotencyKey: 'u1' })).title).toBe(
      first.title,
    );
    expect((await adapter.goals.get('o-1')).title).toBe('v2');
  });

  it('a failed write does not use up its key, so the retry applies', async () => {
    let fail = true;
    const adapter = createMemoryAdapter(seed, { failWith: () => (fail ? new Error('offline') : undefined) });
    await expect(adapter.goals.create({ title: 'Retry me' }, { idempotencyKey: 'r' })).rejects.toThrow(
      'offline',
    );
    fail = false;
    const created = await adapter.goals.create({ title: 'Retry me' }, { idempotencyKey: 'r' });
    expect((await adapter.goals.get(created.id)).title).toBe('Retry me');
  });

  it('a key reused for another method rejects CONFLICT naming both methods', async () => {
    const adapter = createMemoryAdapter(seed);
    await adapter.goals.update('o-1', { title: 'x' }, { idempotencyKey: 'k' });
    const error = await rejection(adapter.goals.remove('kr-1', { idempotencyKey: 'k' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('goals.update');
    expect(error.message).toContain('goals.remove');
  });

  it('a write without an idempotency key rejects EMPTY_INPUT naming idempotencyKey', async () => {
    const error = await rejection(createMemoryAdapter(seed).goals.create({ title: 'x' }, {} as never));
    expect([error.code, error.details.field]).toEqual(['EMPTY_INPUT', 'idempotencyKey']);
  });
});

describe('createMemoryAdapter: subscribe and failWith', () => {
  it('subscribe receives an event per write until unsubscribed', async () => {
    const adapter = createMemoryAdapter(seed);
    const events: AdapterChange[] = [];
    const stop = adapter.subscribe((change) => events.push(change));
    const created = await adapter.goals.create({ title: 'New', parentId: 'o-1' }, { idempotencyKey: '1' });
    await adapter.goals.checkIn('kr-1', { current: 12 }, { idempotencyKey: '2' });
    await adapter.goals.remove(created.id, { idempotencyKey: '3' });
    stop();
    await adapter.goals.update('o-1', { title: 'Quiet' }, { idempotencyKey: '4' });
    expect(events).toEqual([
      { type: 'goals', ids: [created.id], kind: 'created' },
      { type: 'goals', ids: ['kr-1'], kind: 'updated' },
      { type: 'goals', ids: [created.id], kind: 'removed' },
    ]);
  });

  it('a rejected write emits no event', async () => {
    const adapter = createMemoryAdapter(seed);
    const events: AdapterChange[] = [];
    adapter.subscribe((change) => events.push(change));
    await expect(adapter.goals.update('o-1', { title: '' }, { idempotencyKey: 'k' })).rejects.toThrow();
    expect(events).toEqual([]);
  });

  it('failWith rejects the matching call with its error and sees domain, method and args', async () => {
    const calls: MemoryCall[] = [];
    const adapter = createMemoryAdapter(seed, {
      failWith: (call) => {
        calls.push(call);
        return call.method === 'checkIn' ? new Error('503 from gateway') : undefined;
      },
    });
    await expect(adapter.goals.checkIn('kr-1', { current: 30 }, { idempotencyKey: 'c' })).rejects.toThrow(
      '503 from gateway',
    );
    expect(calls[0]).toMatchObject({ domain: 'goals', method: 'checkIn', args: ['kr-1', { current: 30 }] });
    // The failed check-in wrote nothing; reads still pass.
    expect((await adapter.goals.get('kr-1')).metric).toEqual({ start: 0, target: 40, current: 10 });
  });
});

describe('createMemoryAdapter: seed and options', () => {
  it('createMemoryAdapter with a duplicate goal id throws DUPLICATE_ID naming it', () => {
    try {
      createMemoryAdapter({
        goals: [
          { id: 'a', title: 'A' },
          { id: 'a', title: 'B' },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect((error as NorthstarError).code).toBe('DUPLICATE_ID');
      expect((error as NorthstarError).message).toContain('"a"');
    }
  });

  it('createMemoryAdapter with a record missing its id throws INVALID_ID naming the index', () => {
    expect(() => createMemoryAdapter({ people: [{ id: 'p-1', name: 'A' }, { name: 'B' } as never] })).toThrow(
      /person at index 1/,
    );
  });

  it('createMemoryAdapter with a history sample of an unknown KPI throws UNKNOWN_ID naming it', () => {
    try {
      createMemoryAdapter({ kpiHistory: [{ kpiId: 'ghost', period: '2025-01', actual: 1 }] });
      expect.unreachable();
    } catch (error) {
      expect((error as NorthstarError).code).toBe('UNKNOWN_ID');
      expect((error as NorthstarError).message).toContain('"ghost"');
    }
  });

  it('idGenerator names new records and a taken id rejects DUPLICATE_ID', async () => {
    let n = 0;
    const adapter = createMemoryAdapter(seed, {
      idGenerator: (kind) => (kind === 'goal' ? `G${++n}` : 'o-1'),
    });
    expect((await adapter.goals.create({ title: 'x' }, { idempotencyKey: 'a' })).id).toBe('G1');
    const adapter2 = createMemoryAdapter(seed, { idGenerator: () => 'o-1' });
    const error = await rejection(adapter2.goals.create({ title: 'x' }, { idempotencyKey: 'b' }));
    expect(error.code).toBe('DUPLICATE_ID');
  });

  it('a now() returning an invalid date rejects INVALID_OPTION naming now', async () => {
    const adapter = createMemoryAdapter(seed, { now: () => new Date(Number.NaN) });
    const error = await rejection(adapter.goals.update('o-1', { title: 'x' }, { idempotencyKey: 'k' }));
    expect([error.code, error.details.field]).toEqual(['INVALID_OPTION', 'now']);
  });
});
