import type { Goal, ParentEdge } from '@northstar/core';
import { withParents } from '../data/goalRecords.js';
import { buildGoalGraph, type GoalGraphResult, parentEdgesOf } from './buildGoalGraph.js';
import type { GoalGraph } from './goalGraph.types.js';

/**
 * Replaces one goal in a list by id (a new array; the other goals keep their identity, so `updateGoalGraph`
 * touches only the changed one).
 *
 * @example
 * replaceGoal(goals, withCheckIn(goal, { current: 4 }, meta));
 */
export function replaceGoal(goals: readonly Goal[], next: Goal): Goal[] {
  const list = goals.slice();
  const at = list.findIndex((goal) => goal.id === next.id);
  if (at !== -1) list[at] = next;
  return list;
}

/**
 * Every goal aligned under `goalId`, at any depth, by position; a goal cannot be re-aligned under one of these.
 *
 * @example
 * descendantsOf(graph, 'g-0004').has(graph.index.get('g-0009')!); // true
 */
export function descendantsOf(graph: GoalGraph, goalId: string): Set<number> {
  const start = graph.index.get(goalId);
  const seen = new Set<number>();
  if (start === undefined) return seen;
  const stack = [start];
  while (stack.length > 0) {
    for (const child of graph.children[stack.pop()!]!) {
      if (!seen.has(child)) {
        seen.add(child);
        stack.push(child);
      }
    }
  }
  return seen;
}

/**
 * Checks a re-alignment with core before anything is sent: the goals with the move applied go through core's
 * `rollup`, which refuses a cycle with `CYCLE` (the ids on it in the problem's message). On success the result is
 * the optimistic new tree.
 *
 * @example
 * const plan = planAlignment(goals, 'g-0001', [{ id: 'g-0009' }]);
 * plan.ok; // false: g-0009 aligns under g-0001 already
 */
export function planAlignment(
  goals: readonly Goal[],
  goalId: string,
  parents: readonly ParentEdge[],
): GoalGraphResult & { goals: Goal[] } {
  const goal = goals.find((g) => g.id === goalId);
  if (goal === undefined) {
    return {
      ok: false,
      goals: goals.slice(),
      problem: { code: 'NOT_FOUND', goalId, message: `no goal with id "${goalId}"` },
    };
  }
  const next = replaceGoal(goals, withParents(goal, parents));
  return { ...buildGoalGraph(next), goals: next };
}

/**
 * The parent edges a goal would have after moving from one parent to another (other edges kept, with weights).
 *
 * @example
 * movedEdges({ id: 'g', title: 'G', parents: [{ id: 'a', weight: 0.5 }, { id: 'b' }] }, 'a', 'c');
 * // [{ id: 'c', weight: 0.5 }, { id: 'b' }]
 */
export function movedEdges(goal: Goal, fromParentId: string | undefined, toParentId: string): ParentEdge[] {
  const edges = parentEdgesOf(goal);
  const kept = edges.filter((edge) => edge.id !== fromParentId && edge.id !== toParentId);
  const moved = edges.find((edge) => edge.id === fromParentId);
  return [{ id: toParentId, ...(moved?.weight !== undefined ? { weight: moved.weight } : {}) }, ...kept];
}
