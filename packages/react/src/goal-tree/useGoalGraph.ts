import type { Goal } from '@northstar/core';
import { useMemo, useState } from 'react';
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
  return useMemo(() => {
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
}
