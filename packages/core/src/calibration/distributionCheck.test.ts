import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf as caught } from '../internal/errorOf.js';
import { distributionCheck } from './distributionCheck.js';

const repeat = (label: string, n: number): string[] => Array.from({ length: n }, () => label);
const TARGET = { low: 20, mid: 70, high: 10 };

describe('distributionCheck', () => {
  it('distributionCheck of a skewed sample against 20/70/10 gives a small p-value', () => {
    const levels = [...repeat('low', 10), ...repeat('mid', 50), ...repeat('high', 40)];
    const check = distributionCheck(levels, TARGET);
    // Expected 20/70/10: χ² = 100/20 + 400/70 + 900/10 = 5 + 5.714… + 90 = 100.714…; df 2 → p = e^(−χ²/2) ≈ 1.3e-22.
    expect(check.chiSquare).toBeCloseTo(5 + 400 / 70 + 90, 10);
    expect(check.degreesOfFreedom).toBe(2);
    expect(check.pValue).toBeLessThan(1e-20);
    expect(check.pValue).toBeCloseTo(Math.exp(-(5 + 400 / 70 + 90) / 2), 30);
  });

  it('distributionCheck of a sample matching 20/70/10 exactly → χ² 0, p 1', () => {
    const levels = [...repeat('mid', 7), ...repeat('low', 2), 'high'];
    const check = distributionCheck(levels, TARGET);
    expect(check.chiSquare).toBeCloseTo(0, 12);
    expect(check.pValue).toBeCloseTo(1, 12);
  });

  it('distributionCheck reports counts, expected counts, shares and per-label deviation', () => {
    const levels = ['low', ...repeat('mid', 5), ...repeat('high', 4)];
    const check = distributionCheck(levels, TARGET);
    expect(check.total).toBe(10);
    expect(check.labels).toEqual(['low', 'mid', 'high']);
    expect(check.counts).toEqual({ low: 1, mid: 5, high: 4 });
    expect(check.expected.low).toBeCloseTo(2, 12);
    expect(check.expected.mid).toBeCloseTo(7, 12);
    expect(check.expected.high).toBeCloseTo(1, 12);
    expect(check.shares).toEqual({ low: 0.1, mid: 0.5, high: 0.4 });
    // Residuals: (1 − 2)/√2, (5 − 7)/√7, (4 − 1)/√1. χ² = 0.5 + 4/7 + 9; df 2 → p = e^(−χ²/2) ≈ 0.0065.
    const [low, mid, high] = check.deviation;
    expect(low).toMatchObject({ label: 'low', count: 1, share: 0.1 });
    expect(low!.targetShare).toBeCloseTo(0.2, 12);
    expect(low!.deviation).toBeCloseTo(-0.1, 12);
    expect(low!.residual!).toBeCloseTo(-1 / Math.SQRT2, 12);
    expect(mid!.residual!).toBeCloseTo(-2 / Math.sqrt(7), 12);
    expect(high!.deviation).toBeCloseTo(0.3, 12);
    expect(high!.residual!).toBeCloseTo(3, 12);
    expect(check.chiSquare).toBeCloseTo(0.5 + 4 / 7 + 9, 12);
    expect(check.pValue).toBeCloseTo(Math.exp(-(0.5 + 4 / 7 + 9) / 2), 12);
  });

  it('distributionCheck gives the same result for 20/70/10 and 0.2/0.7/0.1', () => {
    const levels = ['low', 'mid', 'mid', 'high', 'high', 'mid'];
    const a = distributionCheck(levels, TARGET);
    const b = distributionCheck(levels, { low: 0.2, mid: 0.7, high: 0.1 });
    expect(b.counts).toEqual(a.counts);
    for (const label of a.labels) expect(b.expected[label]!).toBeCloseTo(a.expected[label]!, 12);
    expect(b.chiSquare).toBeCloseTo(a.chiSquare, 10);
    expect(b.pValue).toBeCloseTo(a.pValue, 12);
  });

  it('distributionCheck keeps the target key order for labels and rows', () => {
    const check = distributionCheck(['b', 'a'], { top: 1, b: 1, a: 2 });
    expect(check.labels).toEqual(['top', 'b', 'a']);
    expect(check.deviation.map((d) => d.label)).toEqual(['top', 'b', 'a']);
    expect(check.degreesOfFreedom).toBe(2);
  });

  it('distributionCheck with a zero-share label that was observed → χ² Infinity and p 0', () => {
    const check = distributionCheck(['mid', 'top'], { mid: 1, top: 0 });
    expect(check.chiSquare).toBe(Number.POSITIVE_INFINITY);
    expect(check.pValue).toBe(0);
    expect(check.deviation[1]).toMatchObject({ label: 'top', count: 1, expected: 0, residual: null });
  });

  it('distributionCheck with a zero-share label that was not observed → contributes nothing', () => {
    const check = distributionCheck(['mid', 'mid'], { mid: 1, top: 0 });
    expect(check.chiSquare).toBe(0);
    expect(check.pValue).toBe(1);
    expect(check.deviation[1]).toEqual({
      label: 'top',
      count: 0,
      expected: 0,
      share: 0,
      targetShare: 0,
      deviation: 0,
      residual: null,
    });
  });

  it('distributionCheck with one label → df 0 and p 1', () => {
    expect(distributionCheck(['only', 'only'], { only: 1 })).toMatchObject({
      chiSquare: 0,
      degreesOfFreedom: 0,
      pValue: 1,
    });
  });

  describe('errors', () => {
    it('distributionCheck with a null target → INVALID_DISTRIBUTION; with non-array levels → INVALID_VALUE', () => {
      expect(caught(() => distributionCheck(['low'], null as unknown as Record<string, number>)).code).toBe(
        'INVALID_DISTRIBUTION',
      );
      expect(caught(() => distributionCheck('low' as unknown as string[], TARGET)).code).toBe(
        'INVALID_VALUE',
      );
    });

    it('distributionCheck with a level not in the target → INVALID_DISTRIBUTION naming label and index', () => {
      const e = caught(() => distributionCheck(['low', 'mid', 'superstar'], TARGET));
      expect(e.code).toBe('INVALID_DISTRIBUTION');
      expect(e.message).toContain('"superstar"');
      expect(e.message).toContain('index 2');
      expect(e.details).toMatchObject({ label: 'superstar', index: 2 });
    });

    it.each(['toString', 'constructor'])(
      'distributionCheck treats %s as an unknown label, not a prototype key',
      (label) => {
        expect(caught(() => distributionCheck([label], TARGET)).code).toBe('INVALID_DISTRIBUTION');
      },
    );

    it('distributionCheck with a non-string level → INVALID_DISTRIBUTION naming the index', () => {
      const e = caught(() => distributionCheck(['low', 3 as unknown as string], TARGET));
      expect(e.code).toBe('INVALID_DISTRIBUTION');
      expect(e.message).toContain('index 1');
    });

    it.each([
      [{ low: -1, mid: 2 }, 'low'],
      [{ low: 1, mid: Number.NaN }, 'mid'],
      [{ low: 1, mid: Number.POSITIVE_INFINITY }, 'mid'],
      [{ low: 1, mid: '2' as unknown as number }, 'mid'],
    ])('distributionCheck with target %j → INVALID_DISTRIBUTION naming the label', (target, label) => {
      const e = caught(() => distributionCheck(['low'], target));
      expect(e.code).toBe('INVALID_DISTRIBUTION');
      expect(e.message).toContain(`"${label}"`);
      expect(e.details.label).toBe(label);
    });

    it('distributionCheck with target weights summing to zero → INVALID_DISTRIBUTION naming the labels', () => {
      const e = caught(() => distributionCheck(['low'], { low: 0, mid: 0 }));
      expect(e.code).toBe('INVALID_DISTRIBUTION');
      expect(e.message).toContain('"low"');
      expect(e.message).toContain('"mid"');
    });

    it('distributionCheck with an empty target → INVALID_DISTRIBUTION', () => {
      expect(caught(() => distributionCheck(['low'], {})).code).toBe('INVALID_DISTRIBUTION');
    });

    it('distributionCheck([]) → EMPTY_INPUT', () => {
      expect(caught(() => distributionCheck([], TARGET)).code).toBe('EMPTY_INPUT');
    });
  });

  describe('properties', () => {
    const labels = ['a', 'b', 'c', 'd', 'e'];
    const input = fc
      .integer({ min: 1, max: 5 })
      .chain((k) =>
        fc.tuple(
          fc.array(fc.constantFrom(...labels.slice(0, k)), { minLength: 1, maxLength: 200 }),
          fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true })), {
            minLength: k,
            maxLength: k,
          }),
        ),
      )
      .filter(([, weights]) => weights.some((w) => w > 0));

    it('distributionCheck pValue is in [0, 1] and counts sum to total', () => {
      fc.assert(
        fc.property(input, ([levels, weights]) => {
          const target = Object.fromEntries(weights.map((w, i) => [labels[i]!, w]));
          const check = distributionCheck(levels, target);
          expect(check.pValue).toBeGreaterThanOrEqual(0);
          expect(check.pValue).toBeLessThanOrEqual(1);
          expect(Number.isNaN(check.chiSquare)).toBe(false);
          expect(Object.values(check.counts).reduce((a, b) => a + b, 0)).toBe(check.total);
          expect(check.total).toBe(levels.length);
          const expectedSum = Object.values(check.expected).reduce((a, b) => a + b, 0);
          expect(expectedSum).toBeCloseTo(check.total, 6);
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('distributionCheck — zero-share labels', () => {
  it('distributionCheck does not count a zero-share label as a degree of freedom', () => {
    // χ² = (3−2)²/2 + (1−2)²/2 = 1 with df 1 → p = 0.3173 (a df of 2 would give 0.6065)
    const result = distributionCheck(['a', 'a', 'a', 'b'], { a: 0.5, b: 0.5, c: 0 });
    expect(result.degreesOfFreedom).toBe(1);
    expect(result.chiSquare).toBeCloseTo(1, 12);
    expect(result.pValue).toBeCloseTo(0.3173, 4);
  });
});
