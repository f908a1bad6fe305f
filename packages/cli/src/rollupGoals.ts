import type { Band, Rollup, RollupOptions } from '@northstar/core';
import { bandOf, OKR_BANDS, rollup } from '@northstar/core';
import type { LoadedGoals } from './loadGoals.js';
import { naturalCompare } from './naturalCompare.js';

/**
 * One line of the goal tree: a goal under one of its parents, with its rolled-up value, coverage and OKR band.
 *
 * @example
 * const row: GoalRow = { id: 'g-1', title: 'Grow', level: 'company', depth: 0, indent: 0, parentId: undefined, value: 0.62, coverage: 1, leafCoverage: 0.9, band: OKR_BANDS[1]!, repeat: false };
 */
export interface GoalRow {
  id: string;
  title: string | undefined;
  level: string | undefined;
  /** Longest path up to a root (roots are 0), as `Rollup.toArray()` reports it. */
  depth: number;
  /** Position in the printed tree (the path it was reached by). */
  indent: number;
  /** The parent it is printed under. */
  parentId: string | undefined;
  value: number | null;
  coverage: number;
  /** Share of the goal's weight, followed down to its leaves, on leaves with data (`Rollup.leafCoverage`). */
  leafCoverage: number;
  band: Band | null;
  /** A multi-parent goal printed again under a further parent (its subtree is shown only the first time). */
  repeat: boolean;
}

/**
 * Rolls the goals up and lists them depth-first from the roots (children in natural id order), iteratively so any
 * depth works; library errors come back located at their lines.
 *
 * @example
 * const { rows } = rollupGoals(await loadGoals('goals.csv', ctx), { method: 'weighted-mean' });
 */
export function rollupGoals(loaded: LoadedGoals, options: RollupOptions): { tree: Rollup; rows: GoalRow[] } {
  let tree: Rollup;
  try {
    tree = rollup(
      loaded.goals.map((g) => g.node),
      options,
    );
  } catch (error) {
    throw loaded.locator.locate(error);
  }
  const entries = tree.toArray();
  const n = entries.length;
  // The loader already maps every id to its record index, which is also its index in toArray().
  const { locator } = loaded;
  const rows: GoalRow[] = [];
  // Index-based and iterative: a million goals or a chain a million deep need no recursion and no per-node sets.
  const seen = new Uint8Array(n);
  const stackNode: number[] = [];
  const stackIndent: number[] = [];
  const stackParent: number[] = [];
  const pushChildren = (ids: string[], indent: number, parent: number): void => {
    if (ids.length > 1) ids.sort(naturalCompare);
    for (let k = ids.length - 1; k >= 0; k--) {
      stackNode.push(locator.indexOf(ids[k]!)!);
      stackIndent.push(indent);
      stackParent.push(parent);
    }
  };
  pushChildren(tree.roots(), 0, -1);
  while (stackNode.length > 0) {
    const i = stackNode.pop()!;
    const indent = stackIndent.pop()!;
    const parent = stackParent.pop()!;
    const entry = entries[i]!;
    const goal = loaded.goals[i]!;
    const repeat = seen[i] === 1;
    rows.push({
      id: entry.id,
      title: goal.title,
      level: goal.level,
      depth: entry.depth,
      indent,
      parentId: parent === -1 ? undefined : entries[parent]!.id,
      value: entry.value,
      coverage: entry.coverage,
      leafCoverage: entry.leafCoverage,
      band: entry.value === null ? null : bandOf(entry.value, OKR_BANDS),
      repeat,
    });
    if (repeat) continue;
    seen[i] = 1;
    if (entry.childCount > 0) pushChildren(tree.children(entry.id), indent + 1, i);
  }
  return { tree, rows };
}
