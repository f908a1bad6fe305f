/**
 * How a parent aggregates its children.
 *
 * @example
 * const compliance: RollupNode = { id: 'compliance', method: 'min' satisfies RollupMethod };
 */
export type RollupMethod = 'weighted-mean' | 'mean' | 'min' | 'max' | 'sum';

/**
 * What a child without data counts as: left out (weights renormalised) or 0.
 *
 * @example
 * rollup(nodes, { missing: 'zero' satisfies MissingPolicy });
 */
export type MissingPolicy = 'skip' | 'zero';

/**
 * One edge from a child to a parent it aligns to, with the child's weight in that parent.
 *
 * @example
 * const edge: ParentEdge = { id: 'company-growth', weight: 0.6 };
 */
export interface ParentEdge {
  id: string;
  /** Weight of this child in this parent's aggregate (0 to 1e150); the node's `weight` (default 1) when absent. */
  weight?: number;
}

/**
 * A goal (or any node) in an alignment tree or DAG.
 *
 * @example
 * const nodes: RollupNode[] = [
 *   { id: 'company' },
 *   { id: 'sales', parentId: 'company', weight: 2, value: 0.8 },
 *   { id: 'shared', parents: [{ id: 'company', weight: 0.5 }, { id: 'sales' }], value: 0.4 },
 * ];
 */
export interface RollupNode {
  id: string;
  /** Single parent (shorthand for `parents: [{ id: parentId }]`). */
  parentId?: string | null;
  /** Several parents, each edge with its own weight. Combined with `parentId` if both are given. */
  parents?: readonly ParentEdge[];
  /**
   * Weight in its parent(s) when an edge does not set one; default 1, any number from 0 to 1e150 (beyond that,
   * weight × value sums could overflow, so it is `INVALID_WEIGHT`). 0 means "counts for nothing".
   */
  weight?: number;
  /** A leaf's own value (any finite number, typically progress in [0, 1]); null/undefined means no data. */
  value?: number | null;
  /** Aggregation method for this node's children; overrides `options.method`. */
  method?: RollupMethod;
}

/**
 * Options for `rollup()`.
 *
 * @example
 * rollup(nodes, { method: 'weighted-mean', missing: 'skip' });
 */
export interface RollupOptions {
  /** Default method for every parent (default `weighted-mean`). */
  method?: RollupMethod;
  /** Missing-data policy (default `skip`). */
  missing?: MissingPolicy;
}

/**
 * The result of `rollup()`: read values and coverage by id, and update one leaf incrementally with `set`.
 *
 * @example
 * const r = rollup(nodes);
 * r.value('company'); // 0.62
 * r.set('kr-7', 1); // ['kr-7', 'team-goal', 'company'] — only the path that changed
 */
export interface Rollup {
  /** Number of nodes. */
  readonly size: number;
  /** Rolled-up value of a node (its own value for a leaf); `null` when it has no data. Throws UNKNOWN_ID. */
  value(id: string): number | null;
  /** Share of a node's child weight that had data, in [0, 1] (a leaf: 1 with a value, else 0). Throws UNKNOWN_ID. */
  coverage(id: string): number;
  /**
   * Share of a node's weight, followed down to its leaves, that sits on leaves with data, in [0, 1]: unlike
   * `coverage`, a child whose own value came from a few of its many key results counts only that part. Throws
   * UNKNOWN_ID.
   */
  leafCoverage(id: string): number;
  /** Whether the id is in the tree. */
  has(id: string): boolean;
  /** Ids of a node's children (alignment edges into it), in input order. */
  children(id: string): string[];
  /** Parent edges of a node with their effective weights. */
  parents(id: string): { id: string; weight: number }[];
  /** Ids of nodes without parents, in input order. */
  roots(): string[];
  /** Sets a leaf's value and updates its ancestors in O(depth); returns the ids whose value changed. */
  set(id: string, value: number | null): string[];
  /** Every node as `{ id, value, coverage, leafCoverage, depth, childCount }` in input order (depth: longest path from a root). */
  toArray(): RollupEntry[];
}

/**
 * One row of `Rollup.toArray()`.
 *
 * @example
 * const [first]: RollupEntry[] = rollup(nodes).toArray();
 */
export interface RollupEntry {
  id: string;
  value: number | null;
  coverage: number;
  /** See `Rollup.leafCoverage`. */
  leafCoverage: number;
  /** Number of edges on the longest path up to a root (roots are 0). */
  depth: number;
  /** Number of children. */
  childCount: number;
}
