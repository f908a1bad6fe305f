import { bandOf, OKR_BANDS } from '@northstar/core';
import { naturalCompare } from './naturalCompare.js';
import type { GoalColumnsRollup } from './rollupGoalColumns.js';
import type { GoalRow } from './rollupGoals.js';

/**
 * Lists a columnar rollup depth-first from the roots (children in natural id order), as `rollupGoals` does, but one
 * row at a time and only down to `maxDepth`: rows are made as they are written, so output of two million goals never
 * sits in memory, and the table view's default depth makes only the rows it shows.
 *
 * @example
 * for (const row of goalColumnRows(cols, 3)) console.log(row.id, row.value);
 */
export function* goalColumnRows(cols: GoalColumnsRollup, maxDepth: number): Generator<GoalRow> {
  const { size, ids, parent } = cols;
  const { value, coverage, leafCoverage } = cols.result;
  // Children as one index array grouped by parent (counting sort); roots form the group at `size`.
  const start = new Int32Array(size + 2);
  for (let k = 0; k < size; k++) start[(parent[k] === -1 ? size : parent[k]!) + 1]!++;
  for (let k = 0; k <= size; k++) start[k + 1]! += start[k]!;
  const kids = new Int32Array(size);
  const fill = start.slice(0, size + 1);
  for (let k = 0; k < size; k++) kids[fill[parent[k] === -1 ? size : parent[k]!]!++] = k;
  const byId = (a: number, b: number) => naturalCompare(ids[a]!, ids[b]!);
  for (let g = 0; g <= size; g++) {
    const from = start[g]!;
    const to = start[g + 1]!;
    // Exports usually list siblings in id order already: check before sorting.
    for (let j = from + 1; j < to; j++) {
      if (byId(kids[j - 1]!, kids[j]!) > 0) {
        kids.subarray(from, to).sort(byId);
        break;
      }
    }
  }
  // Iterative depth-first walk: a stack of (next child position, end) per level, so any depth works.
  const stack: number[] = [start[size]!, start[size + 1]!];
  while (stack.length > 0) {
    const top = stack.length - 2;
    if (stack[top]! >= stack[top + 1]!) {
      stack.length = top;
      continue;
    }
    const k = kids[stack[top]!++]!;
    const depth = top / 2;
    const v = value[k]!;
    const has = !Number.isNaN(v);
    yield {
      id: ids[k]!,
      title: cols.titles[k],
      level: cols.levels[k],
      depth,
      indent: depth,
      parentId: parent[k] === -1 ? undefined : ids[parent[k]!],
      value: has ? v : null,
      coverage: coverage[k]!,
      leafCoverage: leafCoverage[k]!,
      band: has ? bandOf(v, OKR_BANDS) : null,
      repeat: false,
    };
    if (depth < maxDepth && start[k + 1]! > start[k]!) {
      stack.push(start[k]!, start[k + 1]!);
    }
  }
}
