import {
  type Goal,
  isNorthstarError,
  type ParentEdge,
  progress,
  type RollupNode,
  rollup,
} from '@northstar/core';
import type { GoalGraph, GoalGraphProblem } from './goalGraph.types.js';

/**
 * Options of {@link buildGoalGraph}.
 *
 * @example
 * buildGoalGraph(goals, { looseGoalIds: new Set(['g-42']) });
 */
export interface BuildGoalGraphOptions {
  /**
   * Goals loaded on their own (a lazy branch): an edge to a parent that is not loaded is left out instead of being
   * an `UNKNOWN_PARENT` error, because the rest of the source was never asked for.
   */
  looseGoalIds?: ReadonlySet<string>;
}

/**
 * What {@link buildGoalGraph} returns: the graph, or the problem that stops the goals being a tree.
 *
 * @example
 * const built: GoalGraphResult = buildGoalGraph(goals);
 * if (!built.ok) console.warn(built.problem.message);
 */
export type GoalGraphResult = { ok: true; graph: GoalGraph } | { ok: false; problem: GoalGraphProblem };

/** The parent edges of a goal, as core's rollup reads them (`parentId` plus `parents`). */
export function parentEdgesOf(goal: Goal): ParentEdge[] {
  const edges: ParentEdge[] = [];
  if (goal.parentId !== undefined && goal.parentId !== null) edges.push({ id: goal.parentId });
  if (goal.parents) edges.push(...goal.parents);
  return edges;
}

/**
 * A goal's own progress from core's `progress(metric)` (null without a metric); core's INVALID_METRIC is reported
 * naming the goal, since core only knows the field.
 *
 * @example
 * leafProgress({ id: 'kr', title: 'KR', metric: { start: 0, target: 10, current: 5 } }); // 0.5
 */
export function leafProgress(goal: Goal): number | null {
  if (goal.metric === undefined) return null;
  return progress(goal.metric);
}

function problemOf(error: unknown, fallbackId: string | undefined): GoalGraphProblem {
  if (isNorthstarError(error)) {
    const id = typeof error.details.id === 'string' ? error.details.id : fallbackId;
    return { code: error.code, goalId: id, message: error.message };
  }
  return {
    code: 'INVALID_VALUE',
    goalId: fallbackId,
    message: error instanceof Error ? error.message : String(error),
  };
}

/**
 * Indexes goals for the tree and runs ONE core `rollup` over them (edge weights, per-goal `method`, leaf progress
 * from `progress`); bad data (duplicate ids, unknown parents, cycles, NaN metrics, negative weights) comes back as a
 * problem naming the goal and core's rule instead of a throw.
 *
 * @example
 * const built = buildGoalGraph(SAMPLE_ORG.goals);
 * if (built.ok) built.graph.rollup.value('g-0001'); // 0.58…
 */
export function buildGoalGraph(goals: readonly Goal[], options: BuildGoalGraphOptions = {}): GoalGraphResult {
  const loose = options.looseGoalIds;
  const known = loose && loose.size > 0 ? new Set(goals.map((goal) => goal.id)) : undefined;
  const nodes: RollupNode[] = new Array(goals.length);
  let current: string | undefined;
  try {
    for (let i = 0; i < goals.length; i += 1) {
      const goal = goals[i]!;
      current = typeof goal?.id === 'string' ? goal.id : undefined;
      let parents = goal.parents;
      let parentId = goal.parentId;
      if (known && loose!.has(goal.id)) {
        parents = parents?.filter((edge) => known.has(edge.id));
        if (parentId !== undefined && parentId !== null && !known.has(parentId)) parentId = undefined;
      }
      nodes[i] = {
        id: goal.id,
        parentId,
        parents,
        weight: goal.weight,
        method: goal.method,
        value: leafProgress(goal),
      };
    }
    current = undefined;
    const result = rollup(nodes);
    return { ok: true, graph: indexGraph(goals.slice(), nodes, result) };
  } catch (error) {
    // A metric error names only the field; the goal being read is the one at fault.
    return { ok: false, problem: problemOf(error, current) };
  }
}

function indexGraph(goals: Goal[], nodes: RollupNode[], result: GoalGraph['rollup']): GoalGraph {
  const count = goals.length;
  const ids = new Array<string>(count);
  const index = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    ids[i] = goals[i]!.id;
    index.set(goals[i]!.id, i);
  }
  const children: number[][] = Array.from({ length: count }, () => []);
  const childWeights: number[][] = Array.from({ length: count }, () => []);
  const parents: number[][] = Array.from({ length: count }, () => []);
  const roots: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const node = nodes[i]!;
    const own = node.weight ?? 1;
    let hasParent = false;
    const add = (parentId: string, weight: number | undefined): void => {
      const p = index.get(parentId)!;
      children[p]!.push(i);
      childWeights[p]!.push(weight ?? own);
      parents[i]!.push(p);
      hasParent = true;
    };
    if (node.parentId !== undefined && node.parentId !== null) add(node.parentId, undefined);
    for (const edge of node.parents ?? []) add(edge.id, edge.weight);
    if (!hasParent) roots.push(i);
  }
  return { goals, ids, index, children, childWeights, parents, roots, rollup: result };
}
