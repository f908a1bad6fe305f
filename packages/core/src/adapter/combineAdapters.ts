import type { AdapterDomain, AdapterListener, NorthstarAdapter } from './adapter.types.js';
import { ADAPTER_DOMAINS, methodsOf } from './adapterMethods.js';

type Methods = Record<string, unknown>;
type Method = (...args: unknown[]) => unknown;

/** Known methods first (found by name, so prototype methods count), then a source's own extra functions. */
function methodNames(domain: AdapterDomain, source: Methods): string[] {
  const known = methodsOf(domain);
  const extra = Object.keys(source).filter(
    (key) => !known.includes(key) && typeof source[key] === 'function',
  );
  return [...known.filter((name) => typeof source[name] === 'function'), ...extra];
}

function mergeDomain(domain: AdapterDomain, sources: readonly Methods[]): Methods {
  const merged: Methods = {};
  for (const source of sources) {
    for (const name of methodNames(domain, source)) {
      // Call through the source so `this` still works for class-based adapters.
      merged[name] = (...args: unknown[]) => (source[name] as Method).apply(source, args);
    }
  }
  return merged;
}

/**
 * Layers adapters: for each domain, a later adapter's method replaces an earlier one's, method by method, and
 * `subscribe` listens to every adapter that has it, returning one unsubscribe.
 *
 * @example
 * // REST for everything, but talent from a spreadsheet-backed memory adapter while the API is being built:
 * const adapter = combineAdapters(restAdapter, { talent: createMemoryAdapter({ talent: rows }).talent });
 */
export function combineAdapters(
  ...adapters: readonly (NorthstarAdapter | undefined | null)[]
): NorthstarAdapter {
  const present = adapters.filter(
    (adapter): adapter is NorthstarAdapter => adapter !== undefined && adapter !== null,
  );
  const combined: Record<string, unknown> = {};
  for (const domain of ADAPTER_DOMAINS) {
    const sources = present
      .map((adapter) => adapter[domain] as Methods | undefined | null)
      .filter((source): source is Methods => source !== undefined && source !== null);
    if (sources.length > 0) combined[domain] = mergeDomain(domain, sources);
  }
  const live = present.filter((adapter) => typeof adapter.subscribe === 'function');
  if (live.length > 0) {
    combined.subscribe = (listener: AdapterListener): (() => void) => {
      const stops = live.map((adapter) => adapter.subscribe!(listener));
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        for (const stop of stops) stop();
      };
    };
  }
  return combined as NorthstarAdapter;
}
