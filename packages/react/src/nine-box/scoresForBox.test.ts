import { placeNineBox } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import { scoresForBox } from './scoresForBox.js';

describe('scoresForBox', () => {
  it('a move one column right → only performance changes, to the middle of the new column', () => {
    expect(scoresForBox({ performance: 0.5, potential: 0.45 }, 6, {})).toEqual({
      performance: 0.833,
      potential: 0.45,
    });
  });

  it('a diagonal move → both scores at the middles of the new levels', () => {
    const cuts = { performanceCuts: [0.4, 0.7], potentialCuts: [0.4, 0.7] };
    expect(scoresForBox({ performance: 0.5, potential: 0.5 }, 9, cuts)).toEqual({
      performance: 0.85,
      potential: 0.85,
    });
  });

  it('an unplaced person (null scores) → midpoints of the target box', () => {
    expect(scoresForBox({ performance: null, potential: null }, 1, {})).toEqual({
      performance: 0.167,
      potential: 0.167,
    });
  });

  it('every box of a 5×3 grid → scores core places back into that box', () => {
    const grid = { performanceCuts: [0.2, 0.4, 0.6, 0.8], potentialCuts: [1 / 3, 2 / 3] };
    for (let box = 1; box <= 15; box++) {
      const s = scoresForBox({ performance: 0.2, potential: 2 / 3 }, box, grid);
      expect(placeNineBox([{ id: 'x', ...s }], grid)[0]!.box).toBe(box);
    }
  });

  it('a box that is not on the grid → INVALID_VALUE naming the box', () => {
    expect(() => scoresForBox({ performance: 0.5, potential: 0.5 }, 10, {})).toThrow(
      /box 10 is not on the grid/,
    );
    expect(() => scoresForBox({ performance: 0.5, potential: 0.5 }, 0, {})).toThrow(/1\.\.9/);
  });
});
