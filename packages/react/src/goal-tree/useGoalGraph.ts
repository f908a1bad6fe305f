import type { Goal } from '@northstar/core';
import { useEffect, useMemo, useState } from 'react';
import { buildGoalGraph, type GoalGraphResult } from './buildGoalGraph.js';
import { updateGoalGraph } from './updateGoalGraph.js';

interface GraphCache {
  result: GoalGraphResult | undefined;
  version: number;
}

/**
 * The goals' graph and rollup, kept across renders: a new list of the same goals in place (a check-in, its
 * rollback, a refetch) goes through `Rollup.set` for the changed leaves only; anything else rebuilds. `version`
 * changes whenever a value may have changed, so memoised rows know to redraw.
 *
 * @example
 * const { result, version } = useGoalGraph(goals, looseIds);
 */
export function useGoalGraph(
  goals: readonly Goal[],
  looseGoalIds: ReadonlySet<string> | undefined,
): { result: GoalGraphResult; version: number } {
  // A mutable cache object, owned by this component instance: updating the graph in place is what keeps a check-in
  // on 100,000 goals within a frame. Repeating the update (StrictMode renders twice) is a no-op.
  const [cache] = useState<GraphCache>(() => ({ result: undefined, version: 0 }));
  const built = useMemo(() => {
    const previous = cache.result;
    if (previous?.ok) {
      const changed = updateGoalGraph(previous.graph, goals);
      if (changed !== null) {
        if (changed.length > 0) cache.version += 1;
        return { result: previous, version: cache.version };
      }
    }
    cache.result = buildGoalGraph(goals, { looseGoalIds });
    cache.version += 1;
    return { result: cache.result, version: cache.version };
  }, [cache, goals, looseGoalIds]);

  // Core builds its child index on the first Rollup.set (O(n)); doing it while the page is idle keeps the first
  // check-in on 100,000 goals within a frame. A read, so it changes nothing.
  const { result } = built;
  useEffect(() => {
    if (!result.ok || result.graph.ids.length === 0) return;
    const warm = () => void result.graph.rollup.children(result.graph.ids[0]!);
    const idle = globalThis.requestIdleCallback;
    if (idle) {
      const handle = idle(warm, { timeout: 2000 });
      return () => globalThis.cancelIdleCallback(handle);
    }
    const timer = setTimeout(warm, 0);
    return () => clearTimeout(timer);
  }, [result]);
  return built;
}
