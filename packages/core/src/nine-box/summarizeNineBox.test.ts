import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf as thrown } from '../internal/errorOf.js';
import type { NineBoxSummaryItem } from './nineBoxResult.types.js';
import { placeNineBox } from './placeNineBox.js';
import { summarizeNineBox } from './summarizeNineBox.js';

const boxes = (...list: (number | null)[]): NineBoxSummaryItem[] =>
  list.map((box, i) => ({ id: `p${i}`, box }));

describe('summarizeNineBox', () => {
  it('summarizeNineBox(placements) → counts, shares, row and column totals on a 3×3 grid', () => {
    const s = summarizeNineBox(
      placeNineBox([
        { id: 'a', performance: 0.9, potential: 0.9 }, // box 9
        { id: 'b', performance: 0.5, potential: 0.5 }, // box 5
        { id: 'c', performance: 0.5, potential: 0.6 }, // box 5
        { id: 'd', performance: 0.1, potential: 0.1 }, // box 1
        { id: 'e', performance: null, potential: 0.1 }, // unplaced
      ]),
    );
    expect(s).toMatchObject({ total: 4, unplaced: 1, columns: 3, rows: 3 });
    expect(s.cells.map((c) => c.count)).toEqual([1, 0, 0, 0, 2, 0, 0, 0, 1]);
    expect(s.cells.map((c) => c.share)).toEqual([0.25, 0, 0, 0, 0.5, 0, 0, 0, 0.25]);
    expect(s.cells[5]).toEqual({
      box: 6,
      performanceLevel: 2,
      potentialLevel: 1,
      count: 0,
      share: 0,
      targetShare: null,
      expected: null,
      deviation: null,
    });
    // Columns: low {d}, mid {b, c}, high {a}; rows likewise.
    expect(s.byPerformanceLevel).toEqual([1, 2, 1]);
    expect(s.byPotentialLevel).toEqual([1, 2, 1]);
  });

  it('summarizeNineBox(target) → normalised target shares, expected counts and deviation', () => {
    // Weights 1 + 2 + 1 = 4 → box 1: 0.25, box 5: 0.5, box 9: 0.25, others 0.
    // Counts over 4 placed: box 1 → 2 (0.5), box 5 → 1 (0.25), box 9 → 0, box 2 → 1 (0.25).
    const s = summarizeNineBox(boxes(1, 1, 5, 2, null), { target: { 1: 1, 5: 2, 9: 1 } });
    expect(s.cells[0]).toMatchObject({
      count: 2,
      share: 0.5,
      targetShare: 0.25,
      expected: 1,
      deviation: 0.25,
    });
    expect(s.cells[4]).toMatchObject({
      count: 1,
      share: 0.25,
      targetShare: 0.5,
      expected: 2,
      deviation: -0.25,
    });
    expect(s.cells[8]).toMatchObject({
      count: 0,
      share: 0,
      targetShare: 0.25,
      expected: 1,
      deviation: -0.25,
    });
    expect(s.cells[1]).toMatchObject({ count: 1, share: 0.25, targetShare: 0, expected: 0, deviation: 0.25 });
  });

  it('summarizeNineBox(nobody placed) → null shares and deviations, not 0', () => {
    const s = summarizeNineBox(boxes(null, null), { target: { 5: 1 } });
    expect(s).toMatchObject({ total: 0, unplaced: 2 });
    expect(s.cells[4]).toMatchObject({ count: 0, share: null, targetShare: 1, expected: 0, deviation: null });
  });

  it('summarizeNineBox(5×3 cuts) → 15 cells in box order with their levels', () => {
    const s = summarizeNineBox(boxes(15, 6), { performanceCuts: [0.2, 0.4, 0.6, 0.8] });
    expect(s).toMatchObject({ columns: 5, rows: 3, total: 2 });
    expect(s.cells).toHaveLength(15);
    // Box 6 is the first cell of the second row; box 15 the top right.
    expect(s.cells[5]).toMatchObject({ box: 6, performanceLevel: 0, potentialLevel: 1, count: 1 });
    expect(s.cells[14]).toMatchObject({ box: 15, performanceLevel: 4, potentialLevel: 2, count: 1 });
    expect(s.byPerformanceLevel).toEqual([1, 0, 0, 0, 1]);
  });

  it('summarizeNineBox(target naming box 10 on a 3×3 grid) → INVALID_DISTRIBUTION naming the box', () => {
    const e = thrown(() => summarizeNineBox(boxes(1), { target: { 10: 1 } }));
    expect(e.code).toBe('INVALID_DISTRIBUTION');
    expect(e.message).toContain('"10"');
    expect(e.details.field).toBe('target[10]');
    expect(thrown(() => summarizeNineBox([], { target: { 0: 1 } })).code).toBe('INVALID_DISTRIBUTION');
  });

  it('summarizeNineBox(negative, NaN or all-zero target) → INVALID_DISTRIBUTION', () => {
    for (const target of [{ 1: -1, 2: 2 }, { 1: Number.NaN }, { 1: 0 }, {}, [1, 2]]) {
      const e = thrown(() => summarizeNineBox([], { target: target as Record<number, number> }));
      expect(e.code).toBe('INVALID_DISTRIBUTION');
    }
    expect(thrown(() => summarizeNineBox([], { target: { 3: -1 } })).message).toContain('target[3]');
  });

  it('summarizeNineBox(box outside the grid) → INVALID_VALUE naming the placement', () => {
    const e = thrown(() => summarizeNineBox([{ id: 'p-3', box: 12 }]));
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toContain('"p-3"');
    expect(e.details).toMatchObject({ id: 'p-3', field: 'box' });
    expect(thrown(() => summarizeNineBox([{ box: 2.5 }])).message).toContain('index 0');
  });

  it('summarizeNineBox(levels that disagree with the box) → INVALID_VALUE naming the field', () => {
    const e = thrown(() => summarizeNineBox([{ id: 'p-4', box: 6, performanceLevel: 1, potentialLevel: 1 }]));
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.details).toMatchObject({ id: 'p-4', field: 'performanceLevel' });
  });

  it('summarizeNineBox(bad cuts, non-array or null options) → INVALID_CUTS / INVALID_VALUE / INVALID_OPTION', () => {
    expect(thrown(() => summarizeNineBox([], { potentialCuts: [0.7, 0.3] })).details.field).toBe(
      'potentialCuts[1]',
    );
    expect(thrown(() => summarizeNineBox({} as unknown as [])).code).toBe('INVALID_VALUE');
    expect(thrown(() => summarizeNineBox([null as unknown as NineBoxSummaryItem])).code).toBe(
      'INVALID_VALUE',
    );
    expect(thrown(() => summarizeNineBox([], null as unknown as undefined)).code).toBe('INVALID_OPTION');
  });

  it('summarizeNineBox(any placements) → counts add up to total and shares to 1', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 9 })), { maxLength: 60 }), (list) => {
        const s = summarizeNineBox(boxes(...list));
        const placed = list.filter((b) => b !== null).length;
        expect(s.total).toBe(placed);
        expect(s.unplaced).toBe(list.length - placed);
        expect(s.cells.reduce((a, c) => a + c.count, 0)).toBe(placed);
        expect(s.byPerformanceLevel.reduce((a, c) => a + c, 0)).toBe(placed);
        if (placed > 0) expect(s.cells.reduce((a, c) => a + c.share!, 0)).toBeCloseTo(1, 12);
      }),
      { numRuns: 200 },
    );
  });
});
