import { fail, isFiniteNumber, show } from '../internal/assert.js';
import {
  applyData,
  COUNTS,
  DATA_W,
  EDGE_UNIT,
  HAS_CHILDREN,
  MAX_MAGNITUDE,
  METHOD_MASK,
  nDataOf,
  nEdgesOf,
  STRIDE,
  SUM,
  sameValue,
  TOTAL_W,
  valueFromAggregates,
} from './aggregates.js';
import type { IdIndex } from './idIndex.js';
import { type EdgeStore, END, MULTI, NODE, PARENT, ROOT, VALUE, WEIGHT } from './nodeRecords.js';
import type { Rollup, RollupEntry } from './rollup.types.js';
import { TopoHeap } from './TopoHeap.js';

/** A removed term this many times larger than what remains triggers an exact rebuild of the parent. */
const CANCELLATION = 2 ** 20;

/** Parents with at most this many children are rebuilt exactly on set(); wider ones get O(1) deltas. */
const EXACT_FAN_OUT = 32;

/** Everything `rollup()` computed, handed to the result object. */
export interface RollupState {
  ids: string[];
  index: IdIndex;
  agg: Float64Array;
  /** Method code and HAS_CHILDREN bit per node. */
  flags: Uint8Array;
  zero: boolean;
  /** Node indexes in bottom-up (children first) order. */
  order: Int32Array;
  edges: EdgeStore;
}

/** Child lists grouped by parent (CSR), built on first need so plain reads never pay for them. */
interface ChildIndex {
  start: Int32Array;
  child: Int32Array;
  weight: Float64Array;
}

/** The `Rollup` implementation over typed-array state. */
export class RollupTree implements Rollup {
  readonly size: number;
  private readonly s: RollupState;
  private kids: ChildIndex | undefined;
  private stamp: Int32Array | undefined;
  private rescan: Int32Array | undefined;
  private updates: Int32Array | undefined;
  private topo: Int32Array | undefined;
  private depths: Int32Array | undefined;
  private leafShares: Float64Array | undefined;
  private epoch = 0;

  constructor(state: RollupState) {
    this.s = state;
    this.size = state.ids.length;
  }

  private indexOf(id: string): number {
    const i = typeof id === 'string' ? this.s.index.get(id) : -1;
    if (i === -1)
      fail('UNKNOWN_ID', `no node with id ${show(id)} in this rollup`, { id, field: 'id', value: id });
    return i;
  }

  private raw(i: number): number {
    return this.s.edges.nodes[i * NODE + VALUE]!;
  }

  private isParent(i: number): boolean {
    return (this.s.flags[i]! & HAS_CHILDREN) !== 0;
  }

  /** Calls visit(parent, weight) for each parent edge of node c. */
  private eachParent(c: number, visit: (p: number, w: number) => void): void {
    const { nodes, multiParent, multiWeight } = this.s.edges;
    const r = c * NODE;
    const parent = nodes[r + PARENT]!;
    if (parent === ROOT) return;
    if (parent !== MULTI) visit(parent, nodes[r + WEIGHT]!);
    else for (let k = nodes[r + WEIGHT]!; k < nodes[r + END]!; k++) visit(multiParent[k]!, multiWeight[k]!);
  }

  has(id: string): boolean {
    return typeof id === 'string' && this.s.index.get(id) !== -1;
  }

  value(id: string): number | null {
    const v = this.raw(this.indexOf(id));
    return v === v ? v : null;
  }

  coverage(id: string): number {
    return this.coverageAt(this.indexOf(id));
  }

  private coverageAt(i: number): number {
    if (!this.isParent(i)) return this.raw(i) === this.raw(i) ? 1 : 0;
    const { agg } = this.s;
    const o = i * STRIDE;
    // mean, min and max ignore weights, so their coverage is the share of children with data.
    const m = this.s.flags[i]! & METHOD_MASK;
    if (m === 1 || m === 2 || m === 3) return nEdgesOf(agg, o) > 0 ? nDataOf(agg, o) / nEdgesOf(agg, o) : 0;
    const total = agg[o + TOTAL_W]!;
    return total > 0 ? Math.min(1, agg[o + DATA_W]! / total) : 0;
  }

  leafCoverage(id: string): number {
    return this.leafCoverageOf()[this.indexOf(id)]!;
  }

  /**
   * Per node, the share of its weight that reaches leaves with data: a leaf is 1 or 0, a parent the weighted mean of
   * its children's shares (equal weights for mean/min/max), in one bottom-up pass; recomputed after a `set`.
   */
  private leafCoverageOf(): Float64Array {
    if (this.leafShares !== undefined) return this.leafShares;
    const n = this.size;
    const { order, flags, edges } = this.s;
    const { nodes, multiParent, multiWeight } = edges;
    const share = new Float64Array(n);
    const sum = new Float64Array(n);
    const total = new Float64Array(n);
    // Same edges as the value pass: a zero-weight edge counts for nothing in a weighted parent, and mean, min and
    // max count each child once. Inlined (no per-edge callback): this runs over every node.
    const add = (p: number, w: number, lc: number): void => {
      const m = flags[p]! & METHOD_MASK;
      // mean, min and max ignore weights, but a zero weight still leaves the child out (as in the value pass).
      const weight = m === 1 || m === 2 || m === 3 ? (w > 0 ? 1 : 0) : w;
      if (!(weight > 0)) return;
      sum[p]! += weight * lc;
      total[p]! += weight;
    };
    for (let k = 0; k < n; k++) {
      const u = order[k]!;
      let lc: number;
      if (!this.isParent(u)) lc = this.raw(u) === this.raw(u) ? 1 : 0;
      else lc = total[u]! > 0 ? Math.min(1, sum[u]! / total[u]!) : 0;
      share[u] = lc;
      const r = u * NODE;
      const parent = nodes[r + PARENT]!;
      if (parent === ROOT) continue;
      if (parent !== MULTI) add(parent, nodes[r + WEIGHT]!, lc);
      else
        for (let e = nodes[r + WEIGHT]!; e < nodes[r + END]!; e++) add(multiParent[e]!, multiWeight[e]!, lc);
    }
    this.leafShares = share;
    return share;
  }

  private childIndex(): ChildIndex {
    if (this.kids === undefined) {
      const n = this.size;
      const start = new Int32Array(n + 1);
      for (let c = 0; c < n; c++) this.eachParent(c, (p) => start[p + 1]!++);
      for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
      const fill = start.slice(0, n);
      const child = new Int32Array(start[n]!);
      const weight = new Float64Array(start[n]!);
      for (let c = 0; c < n; c++) {
        this.eachParent(c, (p, w) => {
          const k = fill[p]!++;
          child[k] = c;
          weight[k] = w;
        });
      }
      this.kids = { start, child, weight };
    }
    return this.kids;
  }

  children(id: string): string[] {
    const p = this.indexOf(id);
    const { start, child } = this.childIndex();
    const out: string[] = [];
    for (let k = start[p]!; k < start[p + 1]!; k++) out.push(this.s.ids[child[k]!]!);
    return out;
  }

  parents(id: string): { id: string; weight: number }[] {
    const out: { id: string; weight: number }[] = [];
    this.eachParent(this.indexOf(id), (p, weight) => out.push({ id: this.s.ids[p]!, weight }));
    return out;
  }

  roots(): string[] {
    const { nodes } = this.s.edges;
    const out: string[] = [];
    for (let i = 0; i < this.size; i++) if (nodes[i * NODE + PARENT] === ROOT) out.push(this.s.ids[i]!);
    return out;
  }

  /** Rebuilds a parent's aggregates from its children: exact, so repeated set() calls never accumulate drift. */
  private recompute(p: number): void {
    const { start, child, weight } = this.childIndex();
    const { agg } = this.s;
    const o = p * STRIDE;
    const m = this.s.flags[p]! & METHOD_MASK;
    let totalW = 0;
    let dataW = 0;
    let sum = m === 2 || m === 3 ? Number.NaN : 0;
    let nEdges = 0;
    let nData = 0;
    for (let k = start[p]!; k < start[p + 1]!; k++) {
      const w = weight[k]!;
      if (!(w > 0)) continue;
      totalW += w;
      nEdges++;
      const v = this.raw(child[k]!);
      if (v !== v) continue;
      dataW += w;
      nData++;
      if (m === 0 || m === 4) sum += w * v;
      else if (m === 1) sum += v;
      else if (sum !== sum || (m === 2 ? v < sum : v > sum)) sum = v;
    }
    agg[o + TOTAL_W] = totalW;
    agg[o + DATA_W] = dataW;
    agg[o + SUM] = sum;
    agg[o + COUNTS] = nEdges * EDGE_UNIT + nData;
  }

  /** Position of each node in the bottom-up order; built on the first `set()`. */
  private topoPositions(): Int32Array {
    if (this.topo === undefined) {
      const { order } = this.s;
      const topo = new Int32Array(this.size);
      for (let k = 0; k < order.length; k++) topo[order[k]!] = k;
      this.topo = topo;
    }
    return this.topo;
  }

  set(id: string, next: number | null): string[] {
    const i = this.indexOf(id);
    if (this.isParent(i)) {
      fail(
        'INVALID_VALUE',
        `node ${show(id)} has children; its value is rolled up from them and cannot be set`,
        { id, field: 'value' },
      );
    }
    if (next !== null && (!isFiniteNumber(next) || Math.abs(next) > MAX_MAGNITUDE)) {
      fail('INVALID_VALUE', `node ${show(id)} value must be a finite number or null, got ${show(next)}`, {
        id,
        field: 'value',
        value: next,
      });
    }
    const { agg, zero, ids, edges, flags } = this.s;
    const nodes = edges.nodes;
    this.leafShares = undefined;
    const newValue = next === null ? Number.NaN : next;
    const oldValue = this.raw(i);
    if (sameValue(oldValue, newValue)) return [];
    const n = this.size;
    this.stamp ??= new Int32Array(n);
    this.rescan ??= new Int32Array(n);
    this.updates ??= new Int32Array(n);
    const { stamp, rescan, updates } = this;
    const { start } = this.childIndex();
    const epoch = ++this.epoch;
    const changed: string[] = [];
    // Affected nodes leave the heap in topological order, so each applies one exact old → new delta to each parent
    // even where a DAG reaches an ancestor along several paths. On a plain tree the heap never holds more than one.
    const heap = new TopoHeap(this.topoPositions());
    nodes[i * NODE + VALUE] = newValue;
    stamp[i] = epoch;
    heap.push(i);
    let leafOld = oldValue;
    while (heap.size > 0) {
      const c = heap.pop();
      let old: number;
      let cur: number;
      if (c === i) {
        old = leafOld;
        cur = newValue;
        leafOld = Number.NaN;
      } else {
        // Small parents are rebuilt exactly; wide ones take O(1) deltas and are rebuilt once per fan-out updates
        // (amortised O(1)), which bounds float drift, or when a min/max loses its extreme.
        const fanOut = start[c + 1]! - start[c]!;
        updates[c]!++;
        if (fanOut <= EXACT_FAN_OUT || rescan[c] === epoch || updates[c]! >= fanOut) {
          this.recompute(c);
          updates[c] = 0;
        }
        old = this.raw(c);
        cur = valueFromAggregates(agg, c * STRIDE, flags[c]! & METHOD_MASK, zero);
        if (sameValue(old, cur)) continue;
        nodes[c * NODE + VALUE] = cur;
      }
      changed.push(ids[c]!);
      this.eachParent(c, (p, w) => {
        if (w > 0) {
          const o = p * STRIDE;
          const m = flags[p]! & METHOD_MASK;
          if (old === old) {
            applyData(agg, o, m, w, old, -1);
            // Removing a contribution that dwarfed the rest cancels catastrophically: rebuild this parent exactly.
            const removed = m === 1 ? Math.abs(old) : Math.abs(w * old);
            if (
              (m !== 2 && m !== 3 && removed > CANCELLATION * Math.abs(agg[o + SUM]!)) ||
              w > CANCELLATION * agg[o + DATA_W]!
            ) {
              rescan[p] = epoch;
            }
          }
          if (cur === cur) applyData(agg, o, m, w, cur, 1);
          if (m === 2 || m === 3) {
            const x = agg[o + SUM]!;
            if (old === x) rescan[p] = epoch;
            else if (cur === cur && (x !== x || (m === 2 ? cur < x : cur > x))) agg[o + SUM] = cur;
          }
        }
        if (stamp[p] !== epoch) {
          stamp[p] = epoch;
          heap.push(p);
        }
      });
    }
    return changed;
  }

  /** Longest path from a root, computed top-down on first need (reports indent by it). */
  private depthOf(): Int32Array {
    if (this.depths === undefined) {
      const { order } = this.s;
      const depth = new Int32Array(this.size);
      for (let k = order.length - 1; k >= 0; k--) {
        const c = order[k]!;
        let d = 0;
        this.eachParent(c, (p) => {
          d = Math.max(d, depth[p]! + 1);
        });
        depth[c] = d;
      }
      this.depths = depth;
    }
    return this.depths;
  }

  toArray(): RollupEntry[] {
    const { ids } = this.s;
    const depth = this.depthOf();
    const { start } = this.childIndex();
    const leaf = this.leafCoverageOf();
    const out: RollupEntry[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const v = this.raw(i);
      out[i] = {
        id: ids[i]!,
        value: v === v ? v : null,
        coverage: this.coverageAt(i),
        leafCoverage: leaf[i]!,
        depth: depth[i]!,
        childCount: start[i + 1]! - start[i]!,
      };
    }
    return out;
  }
}
