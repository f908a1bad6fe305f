import type { Goal, ParentEdge } from '@northstar/core';
import { leafProgress } from './buildGoalGraph.js';
import type { GoalGraph } from './goalGraph.types.js';

function sameEdges(a: readonly ParentEdge[] | undefined, b: readonly ParentEdge[] | undefined): boolean {
  if (a === b) return true;
  const left = a ?? [];
  const right = b ?? [];
  if (left.length !== right.length) return false;
  for (let i = 0; i < left.length; i += 1) {
    if (left[i]!.id !== right[i]!.id || left[i]!.weight !== right[i]!.weight) return false;
  }
  return true;
}

/** Whether two versions of a goal sit in the same place of the tree (same id, edges, weight, method). */
function sameShape(a: Goal, b: Goal): boolean {
  return (
    a.id === b.id &&
    (a.parentId ?? null) === (b.parentId ?? null) &&
    sameEdges(a.parents, b.parents) &&
    a.weight === b.weight &&
    a.method === b.method &&
    (a.metric === undefined) === (b.metric === undefined)
  );
}

/**
 * Brings a graph up to date with a new list of the same goals in place: when only metrics (and text) changed — a
 * check-in, its rollback, a refetch — each changed leaf goes through core's `Rollup.set`, so just the paths to the
 * root are recomputed. Returns the ids whose rolled-up value changed, or null when the shape changed (a move, a
 * new goal) and the graph must be rebuilt. A metric core refuses also returns null, so the rebuild reports it.
 *
 * @example
 * const changed = updateGoalGraph(graph, nextGoals) ?? rebuild();
 */
export function updateGoalGraph(graph: GoalGraph, next: readonly Goal[]): string[] | null {
  const { goals, rollup } = graph;
  if (next.length !== goals.length) return null;
  const pending: number[] = [];
  for (let i = 0; i < next.length; i += 1) {
    const before = goals[i]!;
    const after = next[i]!;
    if (before === after) continue;
    if (!sameShape(before, after)) return null;
    pending.push(i);
  }
  const values: Array<number | null> = [];
  try {
    for (const i of pending) values.push(leafProgress(next[i]!));
  } catch {
    return null;
  }
  const changed = new Set<string>();
  pending.forEach((i, k) => {
    goals[i] = next[i]!;
    // A goal with children shows its children's aggregate; its own metric does not enter the rollup.
    if (graph.children[i]!.length > 0) return;
    for (const id of rollup.set(graph.ids[i]!, values[k]!)) changed.add(id);
  });
  // Text-only changes (a renamed goal) still need a redraw of that row.
  for (const i of pending) changed.add(graph.ids[i]!);
  return [...changed];
}
