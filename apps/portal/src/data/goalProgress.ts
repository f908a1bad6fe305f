import { type Goal, progress, type Rollup, rollup } from '@northstar/core';

/**
 * Rolled-up progress of every goal of a cycle, computed by core (the same numbers Node and the widgets show).
 * Leaves take their metric's progress; parents aggregate their children with their own method.
 */
export function goalRollup(goals: readonly Goal[]): Rollup {
  return rollup(
    goals.map((g) => ({
      id: g.id,
      parentId: g.parentId ?? null,
      parents: g.parents,
      weight: g.weight,
      method: g.method,
      value: g.metric ? progress(g.metric) : null,
    })),
  );
}

/** The parent chain of a goal, nearest first, ending at its top-level objective. */
export function ancestorsOf(goal: Goal, byId: ReadonlyMap<string, Goal>): Goal[] {
  const chain: Goal[] = [];
  const seen = new Set<string>([goal.id]);
  let parentId = goal.parentId ?? goal.parents?.[0]?.id;
  while (parentId && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    chain.push(parent);
    seen.add(parentId);
    parentId = parent.parentId ?? parent.parents?.[0]?.id;
  }
  return chain;
}
