/**
 * Per-node records, stride 4 in one Float64Array, so the bottom-up pass touches one cache line per node: its value
 * and its (usually single) parent edge. Nodes with several parents point into separate multi-edge arrays.
 */
export const NODE = 4;
/** The leaf's own value on input, the rolled-up value after the pass; NaN = no data. */
export const VALUE = 0;
/** Parent index; ROOT, MULTI (edges in the multi-edge arrays) or UNRESOLVED (one parent, named by string). */
export const PARENT = 1;
/** Single edge: its weight. Multi: first index into the multi-edge arrays. */
export const WEIGHT = 2;
/** Multi: one past the last index into the multi-edge arrays. */
export const END = 3;

export const ROOT = -1;
export const MULTI = -2;
export const UNRESOLVED = -3;

/** Parent edges of every node, read through the node records. */
export interface EdgeStore {
  nodes: Float64Array;
  multiParent: Int32Array;
  multiWeight: Float64Array;
}
