/**
 * Per-node running aggregates over contributing child edges (weight > 0), interleaved with stride 4 in one
 * Float64Array so that touching a parent costs one cache line rather than one miss per field — the bottom-up pass
 * over a million shuffled nodes is bound by those misses. Sums (not child lists) let `set()` update an ancestor in
 * O(1). NaN encodes "no data" because typed arrays cannot hold null.
 */
export const STRIDE = 4;
/**
 * Largest accepted |value| and weight. Products w·v stay below 1e300 and sums of up to 1e7 of them stay finite, so no
 * aggregate can overflow into Infinity or NaN; real goal data (even revenue in cents) is far below this.
 */
export const MAX_MAGNITUDE = 1e150;
/** Σ w over contributing edges. */
export const TOTAL_W = 0;
/** Σ w over contributing edges whose child has data. */
export const DATA_W = 1;
/** weighted-mean and sum: Σ w·v; mean: Σ v; min/max: the running extreme (NaN when none) — the node's method decides. */
export const SUM = 2;
/** Two counts packed in one double (exact below 2^53): contributing edges × EDGE_UNIT + edges with data. */
export const COUNTS = 3;
/** One contributing edge in COUNTS; a node may have up to 2^26 − 1 children. */
export const EDGE_UNIT = 2 ** 26;

/** Flag bits per node (Uint8Array): the method code in the low 3 bits, plus whether it has children. */
export const METHOD_MASK = 7;
export const HAS_CHILDREN = 8;

export const nDataOf = (a: Float64Array, o: number): number => a[o + COUNTS]! % EDGE_UNIT;
export const nEdgesOf = (a: Float64Array, o: number): number => Math.floor(a[o + COUNTS]! / EDGE_UNIT);

/** Adds (sign 1) or removes (sign −1) one child's data value `v` with weight `w` at parent offset `o`. */
export function applyData(a: Float64Array, o: number, m: number, w: number, v: number, sign: 1 | -1): void {
  a[o + DATA_W]! += sign * w;
  if (m === 0 || m === 4) a[o + SUM]! += sign * w * v;
  else if (m === 1) a[o + SUM]! += sign * v;
  a[o + COUNTS]! += sign;
  // Resetting at zero data keeps float drift from turning "no data" into a tiny non-zero weight.
  if (nDataOf(a, o) === 0) {
    a[o + DATA_W] = 0;
    a[o + SUM] = m === 2 || m === 3 ? Number.NaN : 0;
  }
}

/** A parent's value from its aggregates at offset `o` under method `m`; NaN = no data. */
export function valueFromAggregates(a: Float64Array, o: number, m: number, zero: boolean): number {
  const nData = nDataOf(a, o);
  const sum = a[o + SUM]!;
  if (!zero) {
    if (nData === 0) return Number.NaN;
    if (m === 0) return sum / a[o + DATA_W]!;
    if (m === 1) return sum / nData;
    return sum;
  }
  const nEdges = nEdgesOf(a, o);
  if (nEdges === 0) return Number.NaN;
  if (m === 0) return sum / a[o + TOTAL_W]!;
  if (m === 1) return sum / nEdges;
  if (m === 4 || nData === nEdges) return sum;
  // Some children missing count as 0 for min/max.
  if (nData === 0) return 0;
  return m === 2 ? Math.min(sum, 0) : Math.max(sum, 0);
}

/** True when a and b are the same value, treating NaN (no data) as equal to itself. */
export function sameValue(a: number, b: number): boolean {
  return a === b || (a !== a && b !== b);
}
