import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf as caught } from '../internal/errorOf.js';
import { chiSquarePValue } from './chiSquarePValue.js';

describe('chiSquarePValue', () => {
  // Critical values from printed chi-square tables (upper-tail probability in the last column).
  it.each([
    [3.841, 1, 0.05],
    [6.635, 1, 0.01],
    [5.991, 2, 0.05],
    [7.815, 3, 0.05],
    [9.488, 4, 0.05],
    [11.07, 5, 0.05],
    [15.086, 5, 0.01],
    [18.307, 10, 0.05],
    [2.706, 1, 0.1],
    [124.342, 100, 0.05],
  ])('chiSquarePValue(%d, %d) → %d (table value, to 1e-4)', (chi, df, p) => {
    expect(Math.abs(chiSquarePValue(chi, df) - p)).toBeLessThan(1e-4);
  });

  // Reference values from scipy.stats.chi2.sf, to check the tails and non-integer df closely.
  it.each([
    [1, 1, 0.31731050786291115],
    [0.5, 0.5, 0.25632205526853896],
    [1e-10, 2, 0.99999999995],
    [1000, 3, 1.7994208765314067e-216],
    [100, 200, 0.9999999996799934],
    [10.07, 2, 0.0065061981167733405],
  ])('chiSquarePValue(%d, %d) → %d (scipy, to 1e-10 relative)', (chi, df, p) => {
    expect(Math.abs(chiSquarePValue(chi, df) - p) / p).toBeLessThan(1e-10);
  });

  it('chiSquarePValue(0, df) → 1', () => {
    expect(chiSquarePValue(0, 1)).toBe(1);
    expect(chiSquarePValue(0, 7)).toBe(1);
  });

  it('chiSquarePValue(x, 0) → 1 (no degrees of freedom)', () => {
    expect(chiSquarePValue(0, 0)).toBe(1);
    expect(chiSquarePValue(5, 0)).toBe(1);
  });

  it('chiSquarePValue(Infinity, df) → 0', () => {
    expect(chiSquarePValue(Number.POSITIVE_INFINITY, 3)).toBe(0);
  });

  it.each([
    [Number.NaN, 1, 'chiSquare'],
    [-1, 1, 'chiSquare'],
    [1, -1, 'degreesOfFreedom'],
    [1, Number.POSITIVE_INFINITY, 'degreesOfFreedom'],
    [1, Number.NaN, 'degreesOfFreedom'],
  ])('chiSquarePValue(%d, %d) → INVALID_VALUE naming %s', (chi, df, field) => {
    const e = caught(() => chiSquarePValue(chi, df));
    expect(e.code).toBe('INVALID_VALUE');
    expect(e.message).toContain(field);
    expect(e.details.field).toBe(field);
  });

  describe('properties', () => {
    const chi = fc.double({ min: 0, max: 500, noNaN: true });

    it('chiSquarePValue with df 2 equals exp(−x/2) and with df 4 equals exp(−x/2)(1 + x/2)', () => {
      // Closed forms of the chi-square survival function for even degrees of freedom.
      fc.assert(
        fc.property(chi, (x) => {
          expect(chiSquarePValue(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12);
          expect(chiSquarePValue(x, 4)).toBeCloseTo(Math.exp(-x / 2) * (1 + x / 2), 12);
        }),
        { numRuns: 300 },
      );
    });

    it('chiSquarePValue is in [0, 1] and falls as chiSquare grows', () => {
      fc.assert(
        fc.property(chi, chi, fc.integer({ min: 1, max: 300 }), (a, b, df) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const pLo = chiSquarePValue(lo, df);
          const pHi = chiSquarePValue(hi, df);
          expect(pLo).toBeGreaterThanOrEqual(0);
          expect(pLo).toBeLessThanOrEqual(1);
          expect(pHi).toBeLessThanOrEqual(pLo + 1e-12);
        }),
        { numRuns: 300 },
      );
    });
  });
});
