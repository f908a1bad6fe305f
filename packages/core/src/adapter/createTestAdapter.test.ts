import { describe, expect, it } from 'vitest';
import { NorthstarError } from '../errors/NorthstarError.js';
import type { AdapterChange } from './adapter.types.js';
import { ADAPTER_DOMAINS, methodsOf } from './adapterMethods.js';
import { createTestAdapter } from './createTestAdapter.js';

describe('createTestAdapter', () => {
  it('createTestAdapter() rejects every method with NOT_IMPLEMENTED naming domain.method', async () => {
    const adapter = createTestAdapter() as unknown as Record<string, Record<string, () => Promise<unknown>>>;
    for (const domain of ADAPTER_DOMAINS) {
      for (const method of methodsOf(domain)) {
        const error = await adapter[domain]![method]!().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NorthstarError);
        expect((error as NorthstarError).code).toBe('NOT_IMPLEMENTED');
        expect((error as NorthstarError).message).toContain(`${domain}.${method}`);
        expect((error as NorthstarError).details.method).toBe(`${domain}.${method}`);
      }
    }
  });

  it('createTestAdapter uses the overrides given and rejects the rest', async () => {
    const adapter = createTestAdapter({
      goals: { list: async (query) => [{ id: query.ownerId ?? 'none', title: 'T' }] },
    });
    expect(await adapter.goals.list({ ownerId: 'p-1' })).toEqual([{ id: 'p-1', title: 'T' }]);
    await expect(adapter.goals.create({ title: 'x' }, { idempotencyKey: 'k' })).rejects.toThrow(
      'goals.create',
    );
  });

  it('an override that throws synchronously makes the method reject', async () => {
    const adapter = createTestAdapter({
      people: {
        get: () => {
          throw new Error('boom');
        },
      },
    });
    await expect(adapter.people.get('p')).rejects.toThrow('boom');
  });

  it('an override keeps its own `this`', async () => {
    class People {
      prefix = 'person:';
      async get(id: string) {
        return { id: this.prefix + id, name: 'N' };
      }
    }
    const adapter = createTestAdapter({ people: new People() });
    expect((await adapter.people.get('1')).id).toBe('person:1');
  });

  it('createTestAdapter with an unknown domain or method throws INVALID_OPTION naming it', () => {
    expect(() => createTestAdapter({ goal: {} } as never)).toThrow(/"goal"/);
    try {
      createTestAdapter({ goals: { lst: async () => [] } as never });
      expect.unreachable();
    } catch (error) {
      expect((error as NorthstarError).code).toBe('INVALID_OPTION');
      expect((error as NorthstarError).message).toContain('goals.lst');
    }
  });

  it('emit reaches subscribers until they unsubscribe', () => {
    const adapter = createTestAdapter();
    const seen: AdapterChange[] = [];
    const stop = adapter.subscribe((change) => seen.push(change));
    adapter.emit({ type: 'kpis', ids: ['churn'], kind: 'updated' });
    stop();
    adapter.emit({ type: 'kpis', ids: ['nps'], kind: 'updated' });
    expect(seen).toEqual([{ type: 'kpis', ids: ['churn'], kind: 'updated' }]);
  });

  it('a subscribe override is also subscribed and unsubscribed once', () => {
    const calls: string[] = [];
    const adapter = createTestAdapter({
      subscribe: () => {
        calls.push('subscribe');
        return () => calls.push('unsubscribe');
      },
    });
    const stop = adapter.subscribe(() => {});
    stop();
    stop();
    expect(calls).toEqual(['subscribe', 'unsubscribe']);
  });
});
