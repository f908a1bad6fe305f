import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf as thrown } from '../internal/errorOf.js';
import type { NineBoxPerson } from './nineBox.types.js';
import { placeNineBox } from './placeNineBox.js';

/** Runs `fn` and returns the NorthstarError it throws. */
const one = (performance: number | null, potential: number | null, options = {}) =>
  placeNineBox([{ id: 'p', performance, potential }], options)[0]!;

describe('placeNineBox', () => {
  it('placeNineBox(low/low, high/high, middle) → boxes 1, 9 and 5', () => {
    const out = placeNineBox([
      { id: 'a', performance: 0.1, potential: 0.2 },
      { id: 'b', performance: 0.95, potential: 1 },
      { id: 'c', performance: 0.5, potential: 0.5 },
    ]);
    expect(out).toEqual([
      { id: 'a', performance: 0.1, potential: 0.2, performanceLevel: 0, potentialLevel: 0, box: 1 },
      { id: 'b', performance: 0.95, potential: 1, performanceLevel: 2, potentialLevel: 2, box: 9 },
      { id: 'c', performance: 0.5, potential: 0.5, performanceLevel: 1, potentialLevel: 1, box: 5 },
    ]);
  });

  it('placeNineBox(high performance, low potential) → box 3; (low performance, high potential) → box 7', () => {
    // box = 3·potentialLevel + performanceLevel + 1: 3·0 + 2 + 1 = 3 and 3·2 + 0 + 1 = 7.
    expect(one(0.9, 0.1).box).toBe(3);
    expect(one(0.1, 0.9).box).toBe(7);
  });

  it('placeNineBox(score exactly 1/3 or 2/3) → the higher level', () => {
    expect(one(1 / 3, 2 / 3)).toMatchObject({ performanceLevel: 1, potentialLevel: 2, box: 8 });
    expect(one(2 / 3, 1 / 3)).toMatchObject({ performanceLevel: 2, potentialLevel: 1, box: 6 });
    // Just below a cut stays in the lower level.
    expect(one(2 / 3 - 1e-12, 1 / 3 - 1e-12)).toMatchObject({
      performanceLevel: 1,
      potentialLevel: 0,
      box: 2,
    });
  });

  it('placeNineBox(score exactly on custom cut 0.4) → the higher level', () => {
    const options = { performanceCuts: [0.4, 0.8], potentialCuts: [0.4, 0.8] };
    expect(one(0.4, 0.4, options)).toMatchObject({ performanceLevel: 1, potentialLevel: 1, box: 5 });
    expect(one(0.39, 0.8, options)).toMatchObject({ performanceLevel: 0, potentialLevel: 2, box: 7 });
  });

  it('placeNineBox(0 and 1) → the lowest and highest levels', () => {
    expect(one(0, 0).box).toBe(1);
    expect(one(1, 1).box).toBe(9);
  });

  it('placeNineBox on a 5×3 grid (4 performance cuts, 2 potential cuts) → boxes 1..15', () => {
    const options = { performanceCuts: [0.2, 0.4, 0.6, 0.8], potentialCuts: [1 / 3, 2 / 3] };
    const perf = [0.1, 0.3, 0.5, 0.7, 0.9];
    const pot = [0.1, 0.5, 0.9];
    const people: NineBoxPerson[] = [];
    for (const y of pot) for (const x of perf) people.push({ id: `${x}-${y}`, performance: x, potential: y });
    // Row-major from low potential: box = 5·potentialLevel + performanceLevel + 1, so 1..15 in this order.
    expect(placeNineBox(people, options).map((p) => p.box)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ]);
    expect(one(0.8, 2 / 3, options)).toMatchObject({ performanceLevel: 4, potentialLevel: 2, box: 15 });
  });

  it('placeNineBox with many cuts → levels by binary search match a linear count', () => {
    const cuts = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
    // 0.505 has the 50 cuts 0.01..0.50 at or below it; 0.5 sits exactly on the 50th cut.
    expect(one(0.505, 0.5, { performanceCuts: cuts, potentialCuts: cuts })).toMatchObject({
      performanceLevel: 50,
      potentialLevel: 50,
      box: 50 * 100 + 50 + 1,
    });
  });

  it('placeNineBox(person with null performance or potential) → unplaced with null levels and box', () => {
    const out = placeNineBox([
      { id: 'a', performance: null, potential: 0.5 },
      { id: 'b', performance: 0.5, potential: null },
    ]);
    expect(out).toEqual([
      { id: 'a', performance: null, potential: 0.5, performanceLevel: null, potentialLevel: null, box: null },
      { id: 'b', performance: 0.5, potential: null, performanceLevel: null, potentialLevel: null, box: null },
    ]);
  });

  it('placeNineBox(person with a missing score field) → unplaced, not 0', () => {
    const out = placeNineBox([{ id: 'a', potential: 0.9 } as unknown as NineBoxPerson]);
    expect(out[0]).toMatchObject({ performance: null, box: null });
  });

  it('placeNineBox([]) → []', () => {
    expect(placeNineBox([])).toEqual([]);
  });

  it('placeNineBox(performanceCuts: []) → a one-column grid', () => {
    expect(one(0.9, 0.9, { performanceCuts: [] })).toMatchObject({
      performanceLevel: 0,
      potentialLevel: 2,
      box: 3,
    });
  });

  it('placeNineBox(unsorted cuts) → INVALID_CUTS naming performanceCuts[1]', () => {
    const e = thrown(() => one(0.5, 0.5, { performanceCuts: [0.5, 0.5] }));
    expect(e.code).toBe('INVALID_CUTS');
    expect(e.message).toContain('performanceCuts[1]');
    expect(e.details.field).toBe('performanceCuts[1]');
  });

  it('placeNineBox(cut outside (0, 1) or not finite) → INVALID_CUTS naming the field and index', () => {
    for (const [cuts, field] of [
      [[0, 0.5], 'potentialCuts[0]'],
      [[0.5, 1], 'potentialCuts[1]'],
      [[Number.NaN], 'potentialCuts[0]'],
      [[0.2, Number.POSITIVE_INFINITY], 'potentialCuts[1]'],
      [[0.2, '0.5'], 'potentialCuts[1]'],
    ] as const) {
      const e = thrown(() => one(0.5, 0.5, { potentialCuts: cuts }));
      expect(e.code).toBe('INVALID_CUTS');
      expect(e.message).toContain(field);
    }
  });

  it('placeNineBox(cuts not an array) → INVALID_CUTS naming the option', () => {
    const e = thrown(() => one(0.5, 0.5, { performanceCuts: 0.5 }));
    expect(e.code).toBe('INVALID_CUTS');
    expect(e.message).toContain('performanceCuts');
  });

  it('placeNineBox(NaN, Infinity or a string score) → INVALID_VALUE naming the id and field', () => {
    for (const [performance, potential, field] of [
      [Number.NaN, 0.5, 'performance'],
      [0.5, Number.POSITIVE_INFINITY, 'potential'],
      ['0.5', 0.5, 'performance'],
    ] as const) {
      const e = thrown(() =>
        placeNineBox([{ id: 'p-7', performance, potential } as unknown as NineBoxPerson]),
      );
      expect(e.code).toBe('INVALID_VALUE');
      expect(e.message).toContain('"p-7"');
      expect(e.message).toContain(field);
      expect(e.details).toMatchObject({ id: 'p-7', field });
    }
  });

  it('placeNineBox(score outside [0, 1]) → OUT_OF_SCALE naming the id and field', () => {
    const e = thrown(() => placeNineBox([{ id: 'p-8', performance: 0.5, potential: 1.2 }]));
    expect(e.code).toBe('OUT_OF_SCALE');
    expect(e.message).toContain('"p-8"');
    expect(e.details).toMatchObject({ id: 'p-8', field: 'potential', value: 1.2 });
    expect(thrown(() => one(-0.1, 0.5)).details.field).toBe('performance');
  });

  it('placeNineBox(two people with one id) → DUPLICATE_ID naming the id', () => {
    const e = thrown(() =>
      placeNineBox([
        { id: 'x', performance: 0.1, potential: 0.1 },
        { id: 'x', performance: 0.2, potential: 0.2 },
      ]),
    );
    expect(e.code).toBe('DUPLICATE_ID');
    expect(e.message).toContain('"x"');
    expect(e.details.id).toBe('x');
  });

  it('placeNineBox(missing or empty id, or a null person) → INVALID_ID naming the index', () => {
    for (const bad of [{ id: '', performance: 0, potential: 0 }, { performance: 0, potential: 0 }, null]) {
      const e = thrown(() => placeNineBox([bad as unknown as NineBoxPerson]));
      expect(e.code).toBe('INVALID_ID');
      expect(e.message).toContain('index 0');
    }
  });

  it('placeNineBox(not an array, or null options) → INVALID_VALUE / INVALID_OPTION', () => {
    expect(thrown(() => placeNineBox('x' as unknown as NineBoxPerson[])).code).toBe('INVALID_VALUE');
    expect(thrown(() => placeNineBox([], null as unknown as undefined)).code).toBe('INVALID_OPTION');
  });
});

const cutsArb = fc
  .uniqueArray(fc.double({ min: 0.001, max: 0.999, noNaN: true }), { maxLength: 8 })
  .map((cuts) => [...cuts].sort((a, b) => a - b));
const scoreArb = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, 1, 1 / 3, 2 / 3, 0.4),
);

describe('placeNineBox properties', () => {
  it('placeNineBox(any scores, any cuts) → box within 1..columns × rows and consistent with the levels', () => {
    fc.assert(
      fc.property(
        cutsArb,
        cutsArb,
        fc.array(fc.tuple(scoreArb, scoreArb), { maxLength: 30 }),
        (pc, qc, scores) => {
          const people = scores.map(([performance, potential], i) => ({
            id: `p${i}`,
            performance,
            potential,
          }));
          const columns = pc.length + 1;
          for (const p of placeNineBox(people, { performanceCuts: pc, potentialCuts: qc })) {
            expect(p.box).toBeGreaterThanOrEqual(1);
            expect(p.box).toBeLessThanOrEqual(columns * (qc.length + 1));
            expect(p.box).toBe(p.potentialLevel! * columns + p.performanceLevel! + 1);
            // The level equals a linear count of cuts at or below the score.
            expect(p.performanceLevel).toBe(pc.filter((c) => c <= p.performance!).length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('placeNineBox(higher performance) → never a lower performanceLevel', () => {
    fc.assert(
      fc.property(cutsArb, scoreArb, scoreArb, scoreArb, (cuts, a, b, potential) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const out = placeNineBox(
          [
            { id: 'lo', performance: lo, potential },
            { id: 'hi', performance: hi, potential },
          ],
          { performanceCuts: cuts },
        );
        expect(out[1]!.performanceLevel!).toBeGreaterThanOrEqual(out[0]!.performanceLevel!);
        expect(out[1]!.box!).toBeGreaterThanOrEqual(out[0]!.box!);
      }),
      { numRuns: 200 },
    );
  });

  it('placeNineBox(permuted people) → the same placements, permuted', () => {
    const peopleArb = fc
      .array(fc.tuple(fc.option(scoreArb), fc.option(scoreArb)), { maxLength: 25 })
      .map((scores) =>
        scores.map(([performance, potential], i) => ({ id: `p${i}`, performance, potential })),
      );
    fc.assert(
      fc.property(
        peopleArb.chain((people) =>
          fc.tuple(
            fc.constant(people),
            fc.shuffledSubarray(people, { minLength: people.length, maxLength: people.length }),
          ),
        ),
        ([people, shuffled]) => {
          const byId = new Map(placeNineBox(people).map((p) => [p.id, p]));
          expect(placeNineBox(shuffled)).toEqual(shuffled.map((p) => byId.get(p.id)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
