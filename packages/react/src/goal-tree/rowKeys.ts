import type { GoalTreeRows } from './flattenGoalTree.js';
import type { GoalGraph } from './goalGraph.types.js';

/** Separates goal ids in a row key; a path, because a goal aligned to two parents has two rows. */
const SEPARATOR = '\u241f';

/**
 * The stable key of a visible row: the goal ids from the top-level row down to it (a loading row ends in `…`), so
 * focus survives re-sorts, filters and rows opening above it.
 *
 * @example
 * rowKeyOf(graph, rows, 3); // 'g-0001␟g-0004␟g-0009'
 */
export function rowKeyOf(graph: GoalGraph, rows: GoalTreeRows, row: number): string {
  const parts: string[] = [];
  for (let at = row; at !== -1; at = rows.parentRow[at]!) {
    const node = rows.node[at]!;
    parts.push(node === -1 ? '…' : graph.ids[node]!);
  }
  return parts.reverse().join(SEPARATOR);
}

/**
 * The goal id a row key ends with (undefined for a loading row).
 *
 * @example
 * goalIdOfKey('g-0001␟g-0004'); // 'g-0004'
 */
export function goalIdOfKey(key: string): string | undefined {
  const last = key.slice(key.lastIndexOf(SEPARATOR) + 1);
  return last === '…' ? undefined : last;
}

/**
 * The index of the row with `key`, or -1; only rows of the key's goal are compared, so it stays cheap on a
 * million rows.
 *
 * @example
 * findRowByKey(graph, rows, 'g-0001␟g-0004'); // 2
 */
export function findRowByKey(graph: GoalGraph, rows: GoalTreeRows, key: string): number {
  const goalId = goalIdOfKey(key);
  const node = goalId === undefined ? -1 : graph.index.get(goalId);
  if (node === undefined) return -1;
  for (let i = 0; i < rows.count; i += 1) {
    if (rows.node[i] === node && rowKeyOf(graph, rows, i) === key) return i;
  }
  return -1;
}

/**
 * The first row showing `goalId` (for a `selectedId` or a check-in announced by id), or -1.
 *
 * @example
 * firstRowOfGoal(graph, rows, 'g-0009'); // 5
 */
export function firstRowOfGoal(graph: GoalGraph, rows: GoalTreeRows, goalId: string): number {
  const node = graph.index.get(goalId);
  return node === undefined ? -1 : rows.node.indexOf(node);
}
