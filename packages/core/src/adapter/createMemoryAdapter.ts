import { readOptions } from '../internal/assert.js';
import type { MemoryAdapter, MemoryAdapterOptions, MemoryAdapterSeed } from './memoryAdapter.types.js';
import { memoryCycles } from './memoryCycles.js';
import { memoryFeedback } from './memoryFeedback.js';
import { memoryGoals } from './memoryGoals.js';
import { memoryKpis } from './memoryKpis.js';
import { memoryPeople } from './memoryPeople.js';
import { createMemoryRuntime } from './memoryRuntime.js';
import { seedStore } from './memoryStore.js';
import { memoryTalent } from './memoryTalent.js';

/**
 * An in-memory adapter implementing the whole contract, for Storybook, tests, demos and prototypes.
 *
 * @example
 * const adapter = createMemoryAdapter(
 *   { goals: [{ id: 'o-1', title: 'Grow revenue' }, { id: 'kr-1', title: 'Close 40 deals', parentId: 'o-1', metric: { start: 0, target: 40 } }] },
 *   { latencyMs: [100, 400] },
 * );
 * await adapter.goals.checkIn('kr-1', { current: 12 }, { idempotencyKey: 'ci-1' });
 */
export function createMemoryAdapter(
  seed: MemoryAdapterSeed = {},
  options: MemoryAdapterOptions = {},
): MemoryAdapter {
  const runtime = createMemoryRuntime(readOptions(options, 'createMemoryAdapter') as MemoryAdapterOptions);
  const store = seedStore(readOptions(seed, 'createMemoryAdapter') as MemoryAdapterSeed);
  return {
    goals: memoryGoals(store, runtime),
    kpis: memoryKpis(store, runtime),
    feedback: memoryFeedback(store, runtime),
    talent: memoryTalent(store, runtime),
    people: memoryPeople(store, runtime),
    cycles: memoryCycles(store, runtime),
    subscribe: (listener) => runtime.subscribe(listener),
  };
}
