import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf as caught } from '../internal/errorOf.js';
import type { Rating } from './calibration.types.js';
import { raterLeniency } from './raterLeniency.js';

function ratingsOf(raterId: string, scores: readonly number[]): Rating[] {
  return scores.map((score, i) => ({ id: `${raterId}-${i}`, raterId, score }));
}

// 20 ratings: lenient 5,5,4,4,5,4 (mean 4.5, sd 0.5), harsh 2,2,1,1,2,1 (mean 1.5), steady six 3s, newbie two 3s.
// M = (27 + 9 + 18 + 6) / 20 = 3; Σd² = 15 + 15 + 0 + 0 = 30 → S = √1.5.
// lenient: effect = 1.5 / √1.5 = √1.5 ≈ 1.2247, z = effect · √6 = √9 = 3; harsh mirrors it.
const data = [
  ...ratingsOf('steady', [3, 3, 3, 3, 3, 3]),
  ...ratingsOf('harsh', [2, 2, 1, 1, 2, 1]),
  ...ratingsOf('newbie', [3, 3]),
  ...ratingsOf('lenient', [5, 5, 4, 4, 5, 4]),
];

describe('raterLeniency', () => {
  it('raterLeniency marks a high-scoring rater lenient and a low-scoring one severe, sorted by z', () => {
    const rows = raterLeniency(data);
    expect(rows.map((r) => [r.raterId, r.leaning])).toEqual([
      ['lenient', 'lenient'],
      ['steady', 'neutral'],
      ['harsh', 'severe'],
      ['newbie', 'insufficient-data'],
    ]);
    const [lenient, steady, harsh, newbie] = rows;
    expect(lenient).toMatchObject({ count: 6, mean: 4.5, sd: 0.5 });
    expect(lenient!.z!).toBeCloseTo(3, 12);
    expect(lenient!.effect!).toBeCloseTo(Math.sqrt(1.5), 12);
    expect(harsh!.z!).toBeCloseTo(-3, 12);
    expect(steady).toMatchObject({ count: 6, mean: 3, sd: 0, z: 0, effect: 0 });
    expect(newbie).toEqual({
      raterId: 'newbie',
      count: 2,
      mean: 3,
      sd: 0,
      z: null,
      effect: null,
      leaning: 'insufficient-data',
    });
  });

  it('raterLeniency with threshold 3.5 calls |z| = 3 neutral', () => {
    const rows = raterLeniency(data, { threshold: 3.5 });
    expect(rows.map((r) => r.leaning)).toEqual(['neutral', 'neutral', 'neutral', 'insufficient-data']);
  });

  it('raterLeniency with minGroupSize 2 judges a rater with two ratings', () => {
    const newbie = raterLeniency(data, { minGroupSize: 2 }).find((r) => r.raterId === 'newbie')!;
    expect(newbie).toMatchObject({ z: 0, effect: 0, leaning: 'neutral' });
  });

  it('raterLeniency when every score is equal → z null and everyone neutral', () => {
    const rows = raterLeniency([...ratingsOf('a', [4, 4, 4, 4, 4]), ...ratingsOf('b', [4, 4, 4, 4, 4])]);
    expect(rows.map((r) => [r.raterId, r.z, r.effect, r.leaning])).toEqual([
      ['a', null, null, 'neutral'],
      ['b', null, null, 'neutral'],
    ]);
  });

  it('raterLeniency orders ties in z by raterId', () => {
    const rows = raterLeniency([...ratingsOf('b', [1, 2, 3, 4, 5]), ...ratingsOf('a', [1, 2, 3, 4, 5])]);
    expect(rows.map((r) => r.raterId)).toEqual(['a', 'b']);
  });

  describe('errors', () => {
    it.each([
      [{ minGroupSize: 0 }, 'minGroupSize'],
      [{ minGroupSize: 1.5 }, 'minGroupSize'],
      [{ threshold: 0 }, 'threshold'],
      [{ threshold: -1.96 }, 'threshold'],
      [{ threshold: Number.NaN }, 'threshold'],
    ])('raterLeniency with option %j → INVALID_OPTION naming the option', (options, field) => {
      const e = caught(() => raterLeniency(data, options));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.message).toContain(`"${field}"`);
    });

    it('raterLeniency([]) → EMPTY_INPUT', () => {
      expect(caught(() => raterLeniency([])).code).toBe('EMPTY_INPUT');
    });

    it('raterLeniency with a NaN score → INVALID_VALUE naming id and field', () => {
      const e = caught(() => raterLeniency([{ id: 'x1', raterId: 'm', score: Number.NaN }]));
      expect(e.code).toBe('INVALID_VALUE');
      expect(e.message).toContain('"x1"');
      expect(e.message).toContain('"score"');
    });
  });

  describe('properties', () => {
    const ratings = fc
      .array(
        fc.record({
          raterId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
          score: fc.integer({ min: 1, max: 5 }),
        }),
        {
          minLength: 1,
          maxLength: 80,
        },
      )
      .map((rows) => rows.map((r, i): Rating => ({ id: `r${i}`, ...r })));

    it('raterLeniency z sign matches the sign of mean − global mean', () => {
      fc.assert(
        fc.property(ratings, fc.integer({ min: 1, max: 6 }), (rs, minGroupSize) => {
          const M = rs.reduce((a, r) => a + r.score, 0) / rs.length;
          for (const row of raterLeniency(rs, { minGroupSize })) {
            if (row.z === null) continue;
            const gap = row.mean - M;
            if (Math.abs(gap) > 1e-9) expect(Math.sign(row.z)).toBe(Math.sign(gap));
            else expect(Math.abs(row.z)).toBeLessThan(1e-6);
            expect(row.z).toBeCloseTo(row.effect! * Math.sqrt(row.count), 9);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('raterLeniency returns one row per rater sorted by z descending with null last', () => {
      fc.assert(
        fc.property(ratings, (rs) => {
          const rows = raterLeniency(rs);
          expect(rows.length).toBe(new Set(rs.map((r) => r.raterId)).size);
          expect(rows.reduce((a, r) => a + r.count, 0)).toBe(rs.length);
          const zs = rows.map((r) => (r.z === null ? Number.NEGATIVE_INFINITY : r.z));
          for (let i = 1; i < zs.length; i++) expect(zs[i - 1]!).toBeGreaterThanOrEqual(zs[i]!);
        }),
        { numRuns: 200 },
      );
    });
  });
});
