import { NorthstarError, placeNineBox } from '@northstar/core';

/**
 * The grid a move happens on: its cuts (defaults `[1/3, 2/3]` each).
 *
 * @example
 * const grid: NineBoxGridCuts = { performanceCuts: [0.4, 0.7], potentialCuts: [0.4, 0.7] };
 */
export interface NineBoxGridCuts {
  performanceCuts?: readonly number[];
  potentialCuts?: readonly number[];
}

const DEFAULT_CUTS = [1 / 3, 2 / 3] as const;

/** The middle of level `level`'s range [cut below (or 0), cut above (or 1)). */
function midpoint(cuts: readonly number[], level: number): number {
  const low = level === 0 ? 0 : cuts[level - 1]!;
  const high = level === cuts.length ? 1 : cuts[level]!;
  const exact = (low + high) / 2;
  // Three decimals read well in exports and history; keep the exact middle when a level is too thin for that.
  const rounded = Math.round(exact * 1000) / 1000;
  return rounded > low && rounded < high ? rounded : exact;
}

/** Number of cuts ≤ value: the level core's placeNineBox gives (a value on a cut takes the higher level). */
function levelOf(value: number, cuts: readonly number[]): number {
  let level = 0;
  while (level < cuts.length && cuts[level]! <= value) level++;
  return level;
}

/**
 * The scores a move into `box` sets: an axis whose level does not change keeps the person's score, an axis that
 * changes (or had no score) gets the midpoint of the target level's range, to three decimals — strictly inside it, so core places the
 * person in `box` whatever the rounding. Throws `INVALID_VALUE` naming the box when it is not on the grid.
 *
 * @example
 * scoresForBox({ performance: 0.5, potential: 0.5 }, 6, {}); // { performance: 0.833, potential: 0.5 }
 */
export function scoresForBox(
  current: { performance: number | null; potential: number | null },
  box: number,
  grid: NineBoxGridCuts,
): { performance: number; potential: number } {
  const performanceCuts = grid.performanceCuts ?? DEFAULT_CUTS;
  const potentialCuts = grid.potentialCuts ?? DEFAULT_CUTS;
  const columns = performanceCuts.length + 1;
  const boxes = columns * (potentialCuts.length + 1);
  if (!Number.isInteger(box) || box < 1 || box > boxes) {
    throw new NorthstarError(
      'INVALID_VALUE',
      `move target box ${String(box)} is not on the grid (1..${boxes})`,
      {
        field: 'box',
        value: box,
      },
    );
  }
  const column = (box - 1) % columns;
  const row = Math.floor((box - 1) / columns);
  const keep = (value: number | null, cuts: readonly number[], level: number) =>
    value !== null && levelOf(value, cuts) === level ? value : midpoint(cuts, level);
  const result = {
    performance: keep(current.performance, performanceCuts, column),
    potential: keep(current.potential, potentialCuts, row),
  };
  // Guard the promise above with core itself: the box a widget shows is always core's.
  const placed = placeNineBox([{ id: 'move', ...result }], { performanceCuts, potentialCuts })[0]!;
  if (placed.box !== box) {
    throw new NorthstarError('INVALID_VALUE', `scores for box ${box} were placed in box ${placed.box}`, {
      field: 'box',
      value: box,
    });
  }
  return result;
}
