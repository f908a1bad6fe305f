import type { CyclesAdapter } from './adapter.types.js';
import { found } from './memoryChecks.js';
import type { MemoryRuntime } from './memoryRuntime.js';
import type { MemoryStore } from './memoryStore.js';

/**
 * The memory adapter's review cycles (read-only), in seed order.
 *
 * @example
 * const cycles = memoryCycles(seedStore({}), createMemoryRuntime({}));
 */
export function memoryCycles(store: MemoryStore, runtime: MemoryRuntime): Required<CyclesAdapter> {
  const { cycles } = store;
  return {
    list(options) {
      return runtime.read('cycles', 'list', [], options, () => [...cycles.values()]);
    },
    get(id, options) {
      return runtime.read('cycles', 'get', [id], options, () => found(cycles.get(id), 'cycle', id));
    },
  };
}
