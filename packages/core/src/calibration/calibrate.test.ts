import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf as caught } from '../internal/errorOf.js';
import { calibrate } from './calibrate.js';
import type { Rating } from './calibration.types.js';

function ratingsOf(raterId: string, scores: readonly number[]): Rating[] {
  return scores.map((score, i) => ({ id: `${raterId}-${i}`, raterId, score }));
}

// Lenient rater: 5,5,4,4,5,4 → mean 4.5, sd 0.5. Harsh rater: 2,2,1,1,2,1 → mean 1.5, sd 0.5.
// All twelve: mean 3; deviations ±2 and ±1, six of each → Σd² = 6·4 + 6·1 = 30, variance 2.5, S = √2.5.
const lenient = ratingsOf('lenient', [5, 5, 4, 4, 5, 4]);
const harsh = ratingsOf('harsh', [2, 2, 1, 1, 2, 1]);
const S = Math.sqrt(2.5);

describe('calibrate', () => {
  it('calibrate brings a lenient rater (all 5s and 4s) and a harsh rater onto the global mean', () => {
    const out = calibrate([...lenient, ...harsh]);
    const byRater = (id: string) => out.filter((r) => r.raterId === id).map((r) => r.calibrated);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(byRater('lenient'))).toBeCloseTo(3, 12);
    expect(mean(byRater('harsh'))).toBeCloseTo(3, 12);
    // Each rater's top score is z = +1 within its rater, so both map to M + S; bottom scores to M − S.
    expect(out[0]).toMatchObject({ id: 'lenient-0', raterId: 'lenient', score: 5, z: 1, flagged: false });
    expect(out[0]!.calibrated).toBeCloseTo(3 + S, 12);
    expect(out[2]!.calibrated).toBeCloseTo(3 - S, 12);
    expect(out[6]).toMatchObject({ id: 'harsh-0', score: 2, z: 1 });
    expect(out[6]!.calibrated).toBeCloseTo(3 + S, 12);
    expect(out[8]!.calibrated).toBeCloseTo(3 - S, 12);
    expect(out.every((r) => r.reason === undefined && !('reason' in r))).toBe(true);
  });

  it('calibrate with mean-shift moves each rater by the gap between its mean and the global mean', () => {
    const out = calibrate([...lenient, ...harsh], { method: 'mean-shift' });
    // lenient: 5 − 4.5 + 3 = 3.5, 4 − 4.5 + 3 = 2.5; harsh: 2 − 1.5 + 3 = 3.5, 1 − 1.5 + 3 = 2.5.
    expect(out.map((r) => r.calibrated)).toEqual([
      3.5, 3.5, 2.5, 2.5, 3.5, 2.5, 3.5, 3.5, 2.5, 2.5, 3.5, 2.5,
    ]);
    expect(out[0]!.z).toBe(1);
  });

  it('calibrate leaves a rater with 3 ratings under minGroupSize 5 as is and flags it', () => {
    const few = ratingsOf('new-manager', [5, 5, 1]);
    const out = calibrate([...lenient, ...few, ...harsh]);
    expect(out.slice(6, 9)).toEqual([
      {
        id: 'new-manager-0',
        raterId: 'new-manager',
        score: 5,
        calibrated: 5,
        z: null,
        flagged: true,
        reason: 'small-group',
      },
      {
        id: 'new-manager-1',
        raterId: 'new-manager',
        score: 5,
        calibrated: 5,
        z: null,
        flagged: true,
        reason: 'small-group',
      },
      {
        id: 'new-manager-2',
        raterId: 'new-manager',
        score: 1,
        calibrated: 1,
        z: null,
        flagged: true,
        reason: 'small-group',
      },
    ]);
    expect(out[0]!.flagged).toBe(false);
  });

  it('calibrate with minGroupSize 3 calibrates a rater with 3 ratings', () => {
    const out = calibrate([...ratingsOf('a', [1, 2, 3]), ...ratingsOf('b', [3, 4, 5])], { minGroupSize: 3 });
    expect(out.every((r) => !r.flagged)).toBe(true);
    // Both raters: mean ± 1 spread the same, so a's 1 and b's 3 both map to the same value below M = 3.
    expect(out[0]!.calibrated).toBeCloseTo(out[3]!.calibrated, 12);
  });

  it('calibrate maps a rater who gave everyone the same score to the global mean and flags no-spread', () => {
    const flat = ratingsOf('flat', [0.1, 0.1, 0.1, 0.1, 0.1]);
    const out = calibrate([...lenient, ...flat]);
    // Global mean: (27 + 0.5) / 11 = 2.5.
    for (const r of out.slice(6)) {
      expect(r).toMatchObject({ score: 0.1, z: 0, flagged: true, reason: 'no-spread' });
      expect(r.calibrated).toBeCloseTo(2.5, 12);
    }
  });

  it('calibrate with mean-shift maps a no-spread rater to the global mean without flagging it', () => {
    const out = calibrate([...lenient, ...ratingsOf('flat', [3, 3, 3, 3, 3])], { method: 'mean-shift' });
    // Global mean (27 + 15) / 11 = 42/11.
    expect(out[6]).toMatchObject({ z: 0, flagged: false });
    expect(out[6]!.calibrated).toBeCloseTo(42 / 11, 12);
  });

  it('calibrate with clamp keeps calibrated values inside the scale', () => {
    // Rater m: 5,5,5,5,1 → mean 4.2, sd 1.6, so the lone 1 has z = −2; with M = 30/11 ≈ 2.73 and S ≈ 1.6
    // it lands near 2.73 − 3.3 < 1 unless clamped.
    const data = ratingsOf('m', [5, 5, 5, 5, 1]);
    const out = calibrate([...data, ...harsh], { clamp: { min: 1, max: 5 } });
    expect(out.every((r) => r.calibrated >= 1 && r.calibrated <= 5)).toBe(true);
    const unclamped = calibrate([...data, ...harsh]);
    expect(unclamped.some((r) => r.calibrated < 1 || r.calibrated > 5)).toBe(true);
  });

  it('calibrate stays accurate for scores with a large common offset', () => {
    // Rater a: 1e9 + 1..5 → deviations −2..2, population sd √2, so z = −√2, −1/√2, 0, 1/√2, √2.
    const big = ratingsOf(
      'a',
      [1, 2, 3, 4, 5].map((d) => 1e9 + d),
    );
    const other = ratingsOf(
      'b',
      [3, 4, 5, 6, 7].map((d) => 1e9 + d),
    );
    const out = calibrate([...big, ...other]);
    const z = out.slice(0, 5).map((r) => r.z!);
    const expected = [-Math.SQRT2, -Math.SQRT1_2, 0, Math.SQRT1_2, Math.SQRT2];
    for (const [i, v] of z.entries()) expect(v).toBeCloseTo(expected[i]!, 12);
  });

  it('calibrate returns finite values for scores near the largest double', () => {
    const max = Number.MAX_VALUE;
    const out = calibrate([
      ...ratingsOf('a', [max, -max, max, -max, 0]),
      ...ratingsOf('b', [max, max, max, max, -max]),
    ]);
    expect(out.every((r) => Number.isFinite(r.calibrated) && Number.isFinite(r.z!))).toBe(true);
  });

  it('calibrate returns one result per rating in input order', () => {
    const input = [harsh[0]!, lenient[0]!, harsh[1]!, lenient[1]!, ...lenient.slice(2), ...harsh.slice(2)];
    expect(calibrate(input).map((r) => r.id)).toEqual(input.map((r) => r.id));
  });

  describe('errors', () => {
    it('calibrate of a non-array → INVALID_VALUE', () => {
      expect(caught(() => calibrate({} as unknown as Rating[])).code).toBe('INVALID_VALUE');
    });

    it('calibrate([]) → EMPTY_INPUT', () => {
      expect(caught(() => calibrate([])).code).toBe('EMPTY_INPUT');
    });

    it.each([Number.NaN, Number.POSITIVE_INFINITY, '4', null])(
      'calibrate with score %s → INVALID_VALUE naming id and field',
      (bad) => {
        const e = caught(() => calibrate([...lenient, { id: 'bad-1', raterId: 'x', score: bad as number }]));
        expect(e.code).toBe('INVALID_VALUE');
        expect(e.message).toContain('"bad-1"');
        expect(e.message).toContain('"score"');
        expect(e.details).toMatchObject({ id: 'bad-1', field: 'score' });
      },
    );

    it('calibrate with a missing id → INVALID_ID naming the index', () => {
      const e = caught(() => calibrate([lenient[0]!, { raterId: 'x', score: 3 } as unknown as Rating]));
      expect(e.code).toBe('INVALID_ID');
      expect(e.message).toContain('index 1');
    });

    it('calibrate with an empty raterId → INVALID_ID naming the rating and index', () => {
      const e = caught(() => calibrate([lenient[0]!, lenient[1]!, { id: 'r9', raterId: '', score: 3 }]));
      expect(e.code).toBe('INVALID_ID');
      expect(e.message).toContain('"r9"');
      expect(e.message).toContain('index 2');
      expect(e.message).toContain('"raterId"');
    });

    it('calibrate with a non-object rating → INVALID_VALUE naming the index', () => {
      const e = caught(() => calibrate([lenient[0]!, null as unknown as Rating]));
      expect(e.code).toBe('INVALID_VALUE');
      expect(e.message).toContain('index 1');
    });

    it('calibrate with a repeated rating id → DUPLICATE_ID naming the id', () => {
      const e = caught(() => calibrate([...lenient, { id: 'lenient-2', raterId: 'other', score: 3 }]));
      expect(e.code).toBe('DUPLICATE_ID');
      expect(e.message).toContain('"lenient-2"');
      expect(e.details).toMatchObject({ id: 'lenient-2', index: 6, firstIndex: 2 });
    });

    it.each([
      [{ minGroupSize: 1 }, 'minGroupSize'],
      [{ minGroupSize: 2.5 }, 'minGroupSize'],
      [{ minGroupSize: Number.NaN }, 'minGroupSize'],
      [{ method: 'median' }, 'method'],
      [{ clamp: { min: 5, max: 1 } }, 'clamp'],
      [{ clamp: { min: 1, max: Number.NaN } }, 'clamp'],
    ])('calibrate with option %j → INVALID_OPTION naming the option', (options, field) => {
      const e = caught(() => calibrate(lenient, options as never));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.message).toContain(`"${field}"`);
    });
  });

  describe('properties', () => {
    const rater = fc.constantFrom('a', 'b', 'c', 'd');
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    const withIds = (rows: { raterId: string; score: number }[]): Rating[] =>
      rows.map((r, i) => ({ id: `r${i}`, raterId: r.raterId, score: r.score }));
    const anyRatings = (score: fc.Arbitrary<number>) =>
      fc.array(fc.record({ raterId: rater, score }), { minLength: 1, maxLength: 60 }).map(withIds);
    const method = fc.constantFrom('z-score' as const, 'mean-shift' as const);
    const minGroupSize = fc.integer({ min: 2, max: 6 });

    it('calibrate keeps each rater’s order (never reverses; strictly for whole-point scores)', () => {
      fc.assert(
        fc.property(anyRatings(finite), method, minGroupSize, (ratings, m, g) => {
          const out = calibrate(ratings, { method: m, minGroupSize: g });
          for (let i = 0; i < out.length; i++) {
            for (let j = 0; j < out.length; j++) {
              const a = out[i]!;
              const b = out[j]!;
              if (a.raterId === b.raterId && a.score < b.score)
                expect(a.calibrated).toBeLessThanOrEqual(b.calibrated);
            }
          }
        }),
        { numRuns: 200 },
      );
      fc.assert(
        fc.property(anyRatings(fc.integer({ min: 1, max: 5 })), method, minGroupSize, (ratings, m, g) => {
          const out = calibrate(ratings, { method: m, minGroupSize: g });
          for (const a of out) {
            for (const b of out) {
              if (a.raterId === b.raterId && a.score < b.score)
                expect(a.calibrated).toBeLessThan(b.calibrated);
            }
          }
        }),
        { numRuns: 200 },
      );
    });

    it('calibrate returns finite calibrated values (and finite or null z) for any finite scores', () => {
      const clamp = fc.option(fc.constant({ min: -10, max: 10 }), { nil: undefined });
      fc.assert(
        fc.property(anyRatings(finite), method, minGroupSize, clamp, (ratings, m, g, c) => {
          for (const r of calibrate(ratings, { method: m, minGroupSize: g, clamp: c })) {
            expect(Number.isFinite(r.calibrated)).toBe(true);
            expect(r.z === null || Number.isFinite(r.z)).toBe(true);
            if (c) expect(r.calibrated >= -10 && r.calibrated <= 10).toBe(true);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('calibrate is invariant to input permutation (per-id results equal)', () => {
      const score = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: -100, max: 100, noNaN: true }));
      fc.assert(
        fc.property(
          anyRatings(score).chain((r) =>
            fc.tuple(fc.constant(r), fc.shuffledSubarray(r, { minLength: r.length })),
          ),
          method,
          ([ratings, shuffled], m) => {
            const byId = new Map(calibrate(shuffled, { method: m }).map((r) => [r.id, r]));
            for (const a of calibrate(ratings, { method: m })) {
              const b = byId.get(a.id)!;
              expect({ ...b, calibrated: 0, z: b.z === null }).toEqual({
                ...a,
                calibrated: 0,
                z: a.z === null,
              });
              // Sums in a different order may round differently in the last bits, never more.
              expect(b.calibrated).toBeCloseTo(a.calibrated, 9);
              if (a.z !== null) expect(b.z!).toBeCloseTo(a.z, 9);
            }
          },
        ),
        { numRuns: 200 },
      );
    });
  });
});
