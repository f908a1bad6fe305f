/**
 * Where the grid's columns (performance) and rows (potential) split; each cut is in (0, 1), strictly increasing.
 *
 * @example
 * const fiveByThree: NineBoxOptions = { performanceCuts: [0.2, 0.4, 0.6, 0.8], potentialCuts: [1 / 3, 2 / 3] };
 */
export interface NineBoxOptions {
  /** Column cut-offs on the performance axis; defaults to `[1/3, 2/3]` (three columns). */
  performanceCuts?: readonly number[];
  /** Row cut-offs on the potential axis; defaults to `[1/3, 2/3]` (three rows). */
  potentialCuts?: readonly number[];
}

/**
 * One person's place on the grid; levels and box are null when performance or potential is not assessed.
 *
 * @example
 * const p: NineBoxPlacement = { id: 'p-17', performance: 0.72, potential: 0.4, performanceLevel: 2, potentialLevel: 1, box: 6 };
 */
export interface NineBoxPlacement {
  id: string;
  performance: number | null;
  potential: number | null;
  /** Column, 0 = lowest performance; null when unplaced. */
  performanceLevel: number | null;
  /** Row, 0 = lowest potential; null when unplaced. */
  potentialLevel: number | null;
  /** `potentialLevel × columns + performanceLevel + 1` (1 = low/low); null when unplaced. */
  box: number | null;
}

/**
 * What `summarizeNineBox` reads from each placement: the box, and optionally the levels (checked against the box).
 *
 * @example
 * const moved: NineBoxSummaryItem = { id: 'p-17', box: 9 };
 */
export interface NineBoxSummaryItem {
  id?: string;
  box: number | null;
  performanceLevel?: number | null;
  potentialLevel?: number | null;
}

/**
 * Grid size and an optional target distribution for `summarizeNineBox`.
 *
 * @example
 * const o: NineBoxSummaryOptions = { target: { 1: 5, 5: 50, 9: 10 } };
 */
export interface NineBoxSummaryOptions extends NineBoxOptions {
  /** Box → expected share; non-negative weights, normalised to sum to 1; boxes left out expect 0. */
  target?: Readonly<Record<number, number>>;
}

/**
 * One cell of a grid summary.
 *
 * @example
 * const c: NineBoxCell = { box: 5, performanceLevel: 1, potentialLevel: 1, count: 12, share: 0.4, targetShare: 0.5, expected: 15, deviation: -0.1 };
 */
export interface NineBoxCell {
  box: number;
  performanceLevel: number;
  potentialLevel: number;
  /** Placed people in this box. */
  count: number;
  /** `count / total`; null when nobody is placed. */
  share: number | null;
  /** The target's normalised share for this box; null without a target. */
  targetShare: number | null;
  /** Expected head-count, `targetShare × total`; null without a target. */
  expected: number | null;
  /** `share − targetShare`; null without a target or when nobody is placed. */
  deviation: number | null;
}

/**
 * Counts, shares and target deviation over a grid of placements.
 *
 * @example
 * const s: NineBoxSummary = summarizeNineBox(placeNineBox(people));
 * s.cells[8]!.count; // people in box 9
 */
export interface NineBoxSummary {
  /** Placed people. */
  total: number;
  /** People with a null box (performance or potential not assessed). */
  unplaced: number;
  /** Number of performance levels (cuts + 1). */
  columns: number;
  /** Number of potential levels (cuts + 1). */
  rows: number;
  /** One cell per box, in box order 1..columns × rows. */
  cells: NineBoxCell[];
  /** Placed people per performance level (index = level). */
  byPerformanceLevel: number[];
  /** Placed people per potential level (index = level). */
  byPotentialLevel: number[];
}

/**
 * A display label for a grid cell.
 *
 * @example
 * const l: NineBoxLabel = { title: 'Star', description: 'High performance and high potential.' };
 */
export interface NineBoxLabel {
  title: string;
  description: string;
}
