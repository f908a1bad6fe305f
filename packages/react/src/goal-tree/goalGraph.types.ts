import type { Goal, Rollup } from '@northstar/core';

/**
 * The goals indexed for the tree: children and parents by position (so a million goals cost flat arrays, not
 * nested objects), plus the ONE core rollup every number on screen is read from.
 *
 * @example
 * const graph: GoalGraph = buildGoalGraph(goals);
 * graph.rollup.value(graph.ids[graph.roots[0]!]!);
 */
export interface GoalGraph {
  /** The goals in input order (patched in place by check-ins, see `updateGoalGraph`). */
  goals: Goal[];
  ids: string[];
  index: Map<string, number>;
  /** Child positions of each goal, in input order. */
  children: number[][];
  /** The weight of each of those edges (edge weight, else the child's `weight`, else 1), as core applies it. */
  childWeights: number[][];
  /** Parent positions of each goal. */
  parents: number[][];
  /** Positions of goals without a parent, in input order. */
  roots: number[];
  rollup: Rollup;
}

/**
 * Why the goals cannot be drawn as a tree: core's error code, the goal at fault and core's message.
 *
 * @example
 * const problem: GoalGraphProblem = { code: 'UNKNOWN_PARENT', goalId: 'g-7', message: 'node "g-7" has unknown parent "g-99"' };
 */
export interface GoalGraphProblem {
  code: string;
  goalId: string | undefined;
  message: string;
}
