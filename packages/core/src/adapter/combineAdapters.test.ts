import { describe, expect, it } from 'vitest';
import type { AdapterChange, AdapterListener, NorthstarAdapter } from './adapter.types.js';
import { adapterCapabilities } from './adapterCapabilities.js';
import { combineAdapters } from './combineAdapters.js';
import { createMemoryAdapter } from './createMemoryAdapter.js';

function emitter() {
  const listeners = new Set<AdapterListener>();
  return {
    subscribe(listener: AdapterListener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit(change: AdapterChange) {
      for (const listener of listeners) listener(change);
    },
    get size() {
      return listeners.size;
    },
  };
}

describe('combineAdapters', () => {
  it('combineAdapters lets a later adapter replace one method and keeps the earlier ones', async () => {
    const base = createMemoryAdapter({ goals: [{ id: 'g-1', title: 'From memory' }] });
    const override: NorthstarAdapter = {
      goals: { list: async () => [{ id: 'x', title: 'From override' }], get: undefined as never },
    };
    const combined = combineAdapters(base, override);
    expect((await combined.goals!.list({})).map((g) => g.title)).toEqual(['From override']);
    // `get` and writes still come from the memory adapter.
    expect((await combined.goals!.get('g-1')).title).toBe('From memory');
    expect(adapterCapabilities(combined).goals.write).toBe(true);
  });

  it('combineAdapters adds a domain only one adapter has', async () => {
    const combined = combineAdapters(
      { people: { list: async () => [], get: async (id) => ({ id, name: 'P' }) } },
      { cycles: { list: async () => [] } },
      undefined,
    );
    expect(Object.keys(combined).sort()).toEqual(['cycles', 'people']);
    expect(await combined.people!.get('p-1')).toEqual({ id: 'p-1', name: 'P' });
  });

  it('combineAdapters calls class methods with their own this', async () => {
    class Kpis {
      private readonly value = 7;
      async list() {
        return [];
      }
      async get(id: string) {
        return { id, name: 'K', actual: this.value, direction: 'higher-is-better' as const };
      }
      async history() {
        return [];
      }
    }
    const combined = combineAdapters({ kpis: new Kpis() });
    expect((await combined.kpis!.get('k')).actual).toBe(7);
  });

  it('combineAdapters fans subscriptions in from every adapter and one call unsubscribes all', () => {
    const a = emitter();
    const b = emitter();
    const combined = combineAdapters({ subscribe: a.subscribe }, {}, { subscribe: b.subscribe });
    const seen: string[] = [];
    const stop = combined.subscribe!((change) => seen.push(change.ids[0]!));
    a.emit({ type: 'goals', ids: ['from-a'], kind: 'updated' });
    b.emit({ type: 'kpis', ids: ['from-b'], kind: 'updated' });
    stop();
    stop();
    a.emit({ type: 'goals', ids: ['late'], kind: 'updated' });
    expect(seen).toEqual(['from-a', 'from-b']);
    expect([a.size, b.size]).toEqual([0, 0]);
  });

  it('combineAdapters without any subscribe has no subscribe', () => {
    expect(combineAdapters({}, { cycles: { list: async () => [] } }).subscribe).toBeUndefined();
  });
});
