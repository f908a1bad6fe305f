import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf as caught } from '../internal/errorOf.js';
import type { ForceDistributionQuota, ForceDistributionScore } from './calibrationResult.types.js';
import { forceDistribution } from './forceDistribution.js';

const scoresOf = (values: readonly number[]): ForceDistributionScore[] =>
  values.map((score, i) => ({ id: `p${i}`, score }));
const quotasOf = (shares: readonly number[], labels = ['low', 'mid', 'high']): ForceDistributionQuota[] =>
  shares.map((share, i) => ({ label: labels[i]!, share }));
const countLabels = (rows: { label: string }[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.label] = (counts[r.label] ?? 0) + 1;
  return counts;
};

describe('forceDistribution', () => {
  it('forceDistribution of 10 people at 20/70/10 → the 2 lowest low, the top 1 high, the rest mid', () => {
    const out = forceDistribution(
      scoresOf([3.2, 4.9, 1.5, 3.0, 3.3, 2.1, 3.1, 3.4, 3.6, 2.8]),
      quotasOf([20, 70, 10]),
    );
    expect(out.map((r) => r.label)).toEqual([
      'mid',
      'high',
      'low',
      'mid',
      'mid',
      'low',
      'mid',
      'mid',
      'mid',
      'mid',
    ]);
    expect(out[1]).toEqual({ id: 'p1', score: 4.9, label: 'high', rank: 1, tiedAcrossBoundary: false });
    expect(out[2]).toMatchObject({ label: 'low', rank: 10 });
    expect(out.map((r) => r.rank).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('forceDistribution rounds quotas by largest remainder (7 people at 20/70/10 → 1/5/1)', () => {
    // 7 × (0.2, 0.7, 0.1) = 1.4, 4.9, 0.7 → floors 1, 4, 0; the 2 seats left go to remainders .9 and .7.
    const out = forceDistribution(scoresOf([1, 2, 3, 4, 5, 6, 7]), quotasOf([20, 70, 10]));
    expect(out.map((r) => r.label)).toEqual(['low', 'mid', 'mid', 'mid', 'mid', 'mid', 'high']);
  });

  it('forceDistribution gives a seat on equal remainders to the label listed first', () => {
    // 3 × (½, ½) = 1.5, 1.5 → one seat left, equal remainders → 'low'.
    const out = forceDistribution(scoresOf([1, 2, 3]), quotasOf([1, 1]));
    expect(countLabels(out)).toEqual({ low: 2, mid: 1 });
  });

  it('forceDistribution treats 0.1/0.2/0.7 exactly like 10/20/70 (float noise does not break remainder ties)', () => {
    // 5 × (0.1, 0.2, 0.7) = 0.5, 1, 3.5 → floors 0, 1, 3; remainders .5 and .5 tie → the first label.
    const scores = scoresOf([5, 4, 3, 2, 1]);
    const decimal = forceDistribution(scores, quotasOf([0.1, 0.2, 0.7]));
    expect(decimal).toEqual(forceDistribution(scores, quotasOf([10, 20, 70])));
    expect(countLabels(decimal)).toEqual({ low: 1, mid: 1, high: 3 });
  });

  it('forceDistribution never gives a zero-share label anyone', () => {
    const out = forceDistribution(scoresOf([1, 2, 3]), quotasOf([1, 0, 1]));
    expect(countLabels(out)).toEqual({ low: 2, high: 1 });
  });

  it('forceDistribution marks people with an identical score split across a boundary', () => {
    // Sorted: 1, 2 (p1), 2 (p2), 3; at 50/50 the boundary falls between the two 2s.
    const out = forceDistribution(scoresOf([1, 2, 2, 3]), quotasOf([1, 1]));
    expect(out.map((r) => [r.label, r.tiedAcrossBoundary])).toEqual([
      ['low', false],
      ['low', true],
      ['mid', true],
      ['mid', false],
    ]);
  });

  it('forceDistribution places the earlier of two equal scores lower (stable ascending order)', () => {
    const out = forceDistribution(scoresOf([2, 2]), quotasOf([1, 1]));
    expect(out.map((r) => [r.label, r.rank])).toEqual([
      ['low', 2],
      ['mid', 1],
    ]);
  });

  it('forceDistribution does not mark ties that stay within one label', () => {
    const out = forceDistribution(scoresOf([2, 2, 5, 6]), quotasOf([1, 1]));
    expect(out.every((r) => !r.tiedAcrossBoundary)).toBe(true);
  });

  it('forceDistribution([]) → []', () => {
    expect(forceDistribution([], quotasOf([20, 70, 10]))).toEqual([]);
  });

  describe('errors', () => {
    it('forceDistribution with malformed arguments → INVALID_DISTRIBUTION for quotas, INVALID_VALUE for scores', () => {
      const notArray = {} as never;
      expect(caught(() => forceDistribution(scoresOf([1]), notArray)).code).toBe('INVALID_DISTRIBUTION');
      expect(caught(() => forceDistribution(notArray, quotasOf([1]))).code).toBe('INVALID_VALUE');
      const e = caught(() => forceDistribution([{ id: 'a', score: 1 }, null as never], quotasOf([1])));
      expect(e.code).toBe('INVALID_VALUE');
      expect(e.message).toContain('index 1');
    });

    it('forceDistribution with no quotas → EMPTY_INPUT', () => {
      expect(caught(() => forceDistribution(scoresOf([1]), [])).code).toBe('EMPTY_INPUT');
    });

    it('forceDistribution with a repeated id → DUPLICATE_ID naming the id', () => {
      const e = caught(() =>
        forceDistribution(
          [
            { id: 'a', score: 1 },
            { id: 'b', score: 2 },
            { id: 'a', score: 3 },
          ],
          quotasOf([1]),
        ),
      );
      expect(e.code).toBe('DUPLICATE_ID');
      expect(e.message).toContain('"a"');
    });

    it.each([Number.NaN, Number.NEGATIVE_INFINITY, '3'])(
      'forceDistribution with score %s → INVALID_VALUE naming id and field',
      (bad) => {
        const e = caught(() =>
          forceDistribution(
            [
              { id: 'a', score: 1 },
              { id: 'zed', score: bad as number },
            ],
            quotasOf([1]),
          ),
        );
        expect(e.code).toBe('INVALID_VALUE');
        expect(e.message).toContain('"zed"');
        expect(e.message).toContain('"score"');
      },
    );

    it('forceDistribution with an empty id → INVALID_ID naming the index', () => {
      const e = caught(() =>
        forceDistribution(
          [
            { id: 'a', score: 1 },
            { id: '', score: 2 },
          ],
          quotasOf([1]),
        ),
      );
      expect(e.code).toBe('INVALID_ID');
      expect(e.message).toContain('index 1');
    });

    it.each([
      [[{ label: 'low', share: -1 }], '"low"'],
      [[{ label: 'low', share: Number.NaN }], '"low"'],
      [
        [
          { label: 'low', share: 0 },
          { label: 'high', share: 0 },
        ],
        '"high"',
      ],
      [
        [
          { label: 'low', share: 1 },
          { label: 'low', share: 1 },
        ],
        '"low"',
      ],
      [[{ label: '', share: 1 }], 'index 0'],
    ])('forceDistribution with quotas %j → INVALID_DISTRIBUTION naming %s', (quotas, named) => {
      const e = caught(() => forceDistribution(scoresOf([1, 2]), quotas));
      expect(e.code).toBe('INVALID_DISTRIBUTION');
      expect(e.message).toContain(named);
    });

    it('forceDistribution validates quotas even with no scores', () => {
      expect(caught(() => forceDistribution([], [{ label: 'x', share: -1 }])).code).toBe(
        'INVALID_DISTRIBUTION',
      );
    });
  });

  describe('properties', () => {
    /** Largest remainder in exact integer arithmetic: floor(w·n / W), then +1 for the largest w·n mod W (first on ties). */
    function exactQuotas(weights: readonly number[], n: number): number[] {
      const W = weights.reduce((a, b) => a + b, 0);
      const counts = weights.map((w) => Math.floor((w * n) / W));
      const rest = weights.map((w, i) => ({ i, r: (w * n) % W, w }));
      let seats = n - counts.reduce((a, b) => a + b, 0);
      rest.sort((a, b) => b.r - a.r || a.i - b.i);
      for (const { i, w } of rest) {
        if (seats === 0) break;
        if (w === 0) continue;
        counts[i]! += 1;
        seats--;
      }
      return counts;
    }

    const input = fc.tuple(
      fc
        .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 })
        .filter((w) => w.some((x) => x > 0)),
      fc.array(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: -10, max: 10, noNaN: true })), {
        maxLength: 120,
      }),
    );

    it('forceDistribution counts match largest-remainder quotas and are monotone in score', () => {
      fc.assert(
        fc.property(input, ([weights, values]) => {
          const labels = weights.map((_, i) => `L${i}`);
          const out = forceDistribution(
            scoresOf(values),
            weights.map((share, i) => ({ label: labels[i]!, share })),
          );
          const counts = labels.map((l) => out.filter((r) => r.label === l).length);
          expect(counts).toEqual(exactQuotas(weights, values.length));
          const level = (label: string) => labels.indexOf(label);
          for (const a of out) {
            for (const b of out) {
              if (a.score > b.score) expect(level(a.label)).toBeGreaterThanOrEqual(level(b.label));
              if (a.score === b.score && a.label !== b.label) {
                expect(a.tiedAcrossBoundary && b.tiedAcrossBoundary).toBe(true);
              }
            }
            if (a.tiedAcrossBoundary) {
              expect(out.some((b) => b.score === a.score && b.label !== a.label)).toBe(true);
            }
          }
          expect(new Set(out.map((r) => r.rank)).size).toBe(out.length);
        }),
        { numRuns: 300 },
      );
    });
  });
});
