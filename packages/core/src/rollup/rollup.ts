import { fail, readOptions, show } from '../internal/assert.js';
import {
  COUNTS,
  DATA_W,
  EDGE_UNIT,
  HAS_CHILDREN,
  METHOD_MASK,
  STRIDE,
  SUM,
  TOTAL_W,
  valueFromAggregates,
} from './aggregates.js';
import { describeCycle } from './describeCycle.js';
import { findCycle } from './findCycle.js';
import { IdIndex } from './idIndex.js';
import { methodCode, missingIsZero } from './methods.js';
import { END, MULTI, NODE, PARENT, ROOT, UNRESOLVED, VALUE, WEIGHT } from './nodeRecords.js';
import { RollupTree } from './RollupTree.js';
import { readNodes } from './readNodes.js';
import { resolveKeys } from './resolveKeys.js';
import type { Rollup, RollupNode, RollupOptions } from './rollup.types.js';

/**
 * Rolls values up an alignment tree or DAG (a goal may align to several parents with per-edge weights): each parent
 * aggregates its children, leaves keep their own value. Iterative and O(nodes + edges); input order does not matter.
 *
 * @example
 * const r = rollup([
 *   { id: 'company' },
 *   { id: 'deal-a', parentId: 'company', weight: 100_000, value: 1 },
 *   { id: 'deal-b', parentId: 'company', weight: 20_000, value: 0 },
 * ]);
 * r.value('company'); // 0.8333… (value-weighted, not the plain average 0.5)
 */
export function rollup(input: readonly RollupNode[], rawOptions: RollupOptions = {}): Rollup {
  const options = readOptions(rawOptions, 'rollup');
  const defaultMethod = methodCode(options.method ?? 'weighted-mean', 'rollup option');
  const zero = missingIsZero(options.missing);
  const cols = readNodes(input);
  const { ids, nodes, method, parentId, parentHash, multiParentId, multiParentHash, multiWeight } = cols;
  const n = ids.length;
  const unknown = (child: number, parent: string): never =>
    fail(
      'UNKNOWN_PARENT',
      `node ${show(ids[child])} names parent ${show(parent)}, which is not in the input`,
      {
        id: ids[child],
        field: edgeField(input[child], parent),
        value: parent,
      },
    );

  // Per-node flags (method + has-children) and pending child counts are small arrays that stay in cache while the
  // passes below jump around the big ones.
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) flags[i] = method[i] === 255 ? defaultMethod : method[i]!;
  const pending = new Int32Array(n);
  const [single, multiParent] = resolveKeys(ids, cols.idHash, [
    { keys: parentId, hash: parentHash, count: n },
    { keys: multiParentId, hash: multiParentHash, count: multiParentId.length },
  ]) as [Int32Array, Int32Array];
  // Built after resolveKeys has hashed the ids; it also rejects duplicate ids.
  const index = new IdIndex(ids, cols.idHash);
  for (let c = 0; c < n; c++) {
    const r = c * NODE;
    const kind = nodes[r + PARENT]!;
    if (kind === UNRESOLVED) {
      const p = single[c]!;
      if (p === -1) unknown(c, parentId[c]!);
      nodes[r + PARENT] = p;
      pending[p]!++;
      flags[p]! |= HAS_CHILDREN;
    } else if (kind === MULTI) {
      for (let k = nodes[r + WEIGHT]!; k < nodes[r + END]!; k++) {
        const p = multiParent[k]!;
        if (p === -1) unknown(c, multiParentId[k]!);
        pending[p]!++;
        flags[p]! |= HAS_CHILDREN;
      }
    }
  }

  const agg = new Float64Array(n * STRIDE);
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (pending[i] === 0) order[tail++] = i;
    const m = flags[i]! & METHOD_MASK;
    // A min/max starts with no extreme.
    if (m === 2 || m === 3) agg[i * STRIDE + SUM] = Number.NaN;
  }
  const leafCount = tail;
  // Kahn's order, pushing each finished child into its parents: no recursion, no child lists needed.
  for (let head = 0; head < tail; head++) {
    const u = order[head]!;
    const r = u * NODE;
    let v: number;
    if (head < leafCount) v = nodes[r + VALUE]!;
    else {
      v = valueFromAggregates(agg, u * STRIDE, flags[u]! & METHOD_MASK, zero);
      nodes[r + VALUE] = v;
    }
    const parent = nodes[r + PARENT]!;
    if (parent === ROOT) continue;
    if (parent !== MULTI) {
      deliver(agg, flags[parent]! & METHOD_MASK, parent, nodes[r + WEIGHT]!, v);
      pending[parent]!--;
      if (pending[parent] === 0) order[tail++] = parent;
      continue;
    }
    for (let k = nodes[r + WEIGHT]!; k < nodes[r + END]!; k++) {
      const p = multiParent[k]!;
      deliver(agg, flags[p]! & METHOD_MASK, p, multiWeight[k]!, v);
      pending[p]!--;
      if (pending[p] === 0) order[tail++] = p;
    }
  }
  const edges = { nodes, multiParent, multiWeight };
  if (tail < n) {
    const cycle = findCycle(n, pending, edges).map((i) => ids[i]!);
    fail('CYCLE', `alignment cycle: ${describeCycle(cycle)}`, { id: cycle[0], cycle });
  }
  return new RollupTree({ ids, index, agg, flags, zero, order, edges });
}

/** The field that named an unknown parent: `parentId`, or `parents[k].id` when only the parents list has it. */
function edgeField(node: RollupNode | undefined, parent: string): string {
  if (node === undefined || node.parentId === parent || !Array.isArray(node.parents)) return 'parentId';
  const k = node.parents.findIndex((edge) => edge?.id === parent);
  return k === -1 ? 'parentId' : `parents[${k}].id`;
}

/** Adds a finished child's value (with its edge weight) to parent p's aggregates. */
function deliver(agg: Float64Array, m: number, p: number, w: number, v: number): void {
  if (!(w > 0)) return;
  const o = p * STRIDE;
  agg[o + TOTAL_W]! += w;
  if (v !== v) {
    agg[o + COUNTS]! += EDGE_UNIT;
    return;
  }
  agg[o + COUNTS]! += EDGE_UNIT + 1;
  agg[o + DATA_W]! += w;
  if (m === 0 || m === 4) agg[o + SUM]! += w * v;
  else if (m === 1) agg[o + SUM]! += v;
  else {
    const x = agg[o + SUM]!;
    if (x !== x || (m === 2 ? v < x : v > x)) agg[o + SUM] = v;
  }
}
