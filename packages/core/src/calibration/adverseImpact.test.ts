import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf as caught } from '../internal/errorOf.js';
import { adverseImpact } from './adverseImpact.js';
import type { SelectionOutcome } from './calibrationResult.types.js';

/** `selected` of `total` people in `group`, ids prefixed by the group. */
function cohort(
  group: string,
  total: number,
  selected: number,
): { outcomes: SelectionOutcome[]; groups: Record<string, string> } {
  const outcomes = Array.from({ length: total }, (_, i) => ({ id: `${group}-${i}`, selected: i < selected }));
  return { outcomes, groups: Object.fromEntries(outcomes.map((o) => [o.id, group])) };
}

function combine(...parts: ReturnType<typeof cohort>[]) {
  return {
    outcomes: parts.flatMap((p) => p.outcomes),
    groups: Object.assign({}, ...parts.map((p) => p.groups)) as Record<string, string>,
  };
}

describe('adverseImpact', () => {
  it('adverseImpact flags a group selected at half the top rate (48/80 vs 12/40)', () => {
    const { outcomes, groups } = combine(cohort('women', 40, 12), cohort('men', 80, 48));
    // men 48/80 = 0.6 (reference), women 12/40 = 0.3 → ratio 0.3 / 0.6 = 0.5 < 0.8.
    expect(adverseImpact(outcomes, groups)).toEqual({
      threshold: 0.8,
      referenceGroup: 'men',
      groups: [
        {
          group: 'men',
          total: 80,
          selected: 48,
          rate: 0.6,
          impactRatio: 1,
          adverse: false,
          smallSample: false,
        },
        {
          group: 'women',
          total: 40,
          selected: 12,
          rate: 0.3,
          impactRatio: 0.5,
          adverse: true,
          smallSample: false,
        },
      ],
    });
  });

  it('adverseImpact at exactly four-fifths (0.4 vs 0.5) is not adverse', () => {
    const { outcomes, groups } = combine(cohort('A', 10, 5), cohort('B', 10, 4));
    const b = adverseImpact(outcomes, groups).groups[1]!;
    expect(b.impactRatio).toBeCloseTo(0.8, 12);
    expect(b.adverse).toBe(false);
  });

  it('adverseImpact accepts a Map of person id → group with the same result', () => {
    const { outcomes, groups } = combine(cohort('A', 10, 5), cohort('B', 10, 2));
    expect(adverseImpact(outcomes, new Map(Object.entries(groups)))).toEqual(adverseImpact(outcomes, groups));
  });

  it('adverseImpact with minGroupSize keeps a small group from being the reference and caps its ratio at 1', () => {
    const { outcomes, groups } = combine(cohort('big', 50, 20), cohort('tiny', 2, 2));
    const result = adverseImpact(outcomes, groups, { minGroupSize: 5 });
    // big 20/50 = 0.4 is the reference; tiny's 1.0 / 0.4 = 2.5 is reported as 1.
    expect(result.referenceGroup).toBe('big');
    expect(result.groups[1]).toEqual({
      group: 'tiny',
      total: 2,
      selected: 2,
      rate: 1,
      impactRatio: 1,
      adverse: false,
      smallSample: true,
    });
  });

  it('adverseImpact with a custom threshold 0.9 flags a ratio of 0.8', () => {
    const { outcomes, groups } = combine(cohort('A', 10, 5), cohort('B', 10, 4));
    expect(adverseImpact(outcomes, groups, { threshold: 0.9 }).groups[1]!.adverse).toBe(true);
  });

  it('adverseImpact when nobody was selected → reference null, ratios null, nobody adverse', () => {
    const { outcomes, groups } = combine(cohort('A', 3, 0), cohort('B', 4, 0));
    const result = adverseImpact(outcomes, groups);
    expect(result.referenceGroup).toBeNull();
    expect(result.groups.map((g) => [g.impactRatio, g.adverse])).toEqual([
      [null, false],
      [null, false],
    ]);
  });

  it('adverseImpact picks the first group by name when two share the highest rate', () => {
    const { outcomes, groups } = combine(cohort('zeta', 4, 2), cohort('alpha', 2, 1), cohort('mid', 4, 1));
    const result = adverseImpact(outcomes, groups);
    expect(result.referenceGroup).toBe('alpha');
    expect(result.groups.map((g) => g.group)).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('adverseImpact([]) → no groups and no reference', () => {
    expect(adverseImpact([], {})).toEqual({ threshold: 0.8, referenceGroup: null, groups: [] });
  });

  describe('errors', () => {
    it('adverseImpact with malformed arguments → INVALID_VALUE', () => {
      expect(caught(() => adverseImpact({} as never, {})).code).toBe('INVALID_VALUE');
      expect(caught(() => adverseImpact([], null as never)).code).toBe('INVALID_VALUE');
      const e = caught(() => adverseImpact([{ id: 'p1', selected: true }, 7 as never], { p1: 'A' }));
      expect(e.code).toBe('INVALID_VALUE');
      expect(e.message).toContain('index 1');
    });

    it('adverseImpact with an outcome id missing from groups → UNKNOWN_ID naming the id', () => {
      const e = caught(() =>
        adverseImpact(
          [
            { id: 'p1', selected: true },
            { id: 'ghost', selected: false },
          ],
          { p1: 'A' },
        ),
      );
      expect(e.code).toBe('UNKNOWN_ID');
      expect(e.message).toContain('"ghost"');
      expect(e.details.id).toBe('ghost');
    });

    it('adverseImpact does not read groups from the prototype (id "toString" is unknown)', () => {
      expect(caught(() => adverseImpact([{ id: 'toString', selected: true }], {})).code).toBe('UNKNOWN_ID');
    });

    it.each(['yes', 1, null, undefined])(
      'adverseImpact with selected %s → INVALID_VALUE naming id and "selected"',
      (bad) => {
        const e = caught(() =>
          adverseImpact([{ id: 'p7', selected: bad as unknown as boolean }], { p7: 'A' }),
        );
        expect(e.code).toBe('INVALID_VALUE');
        expect(e.message).toContain('"p7"');
        expect(e.message).toContain('"selected"');
        expect(e.details).toMatchObject({ id: 'p7', field: 'selected' });
      },
    );

    it('adverseImpact with a non-string group → INVALID_VALUE naming the id', () => {
      const e = caught(() => adverseImpact([{ id: 'p1', selected: true }], { p1: 3 as unknown as string }));
      expect(e.code).toBe('INVALID_VALUE');
      expect(e.message).toContain('"p1"');
    });

    it('adverseImpact with a repeated outcome id → DUPLICATE_ID naming the id', () => {
      const e = caught(() =>
        adverseImpact(
          [
            { id: 'p1', selected: true },
            { id: 'p1', selected: false },
          ],
          { p1: 'A' },
        ),
      );
      expect(e.code).toBe('DUPLICATE_ID');
      expect(e.message).toContain('"p1"');
    });

    it('adverseImpact with an empty id → INVALID_ID naming the index', () => {
      const e = caught(() => adverseImpact([{ id: '', selected: true }], {}));
      expect(e.code).toBe('INVALID_ID');
      expect(e.message).toContain('index 0');
    });

    it.each([
      [{ threshold: 0 }, 'threshold'],
      [{ threshold: 1.2 }, 'threshold'],
      [{ threshold: Number.NaN }, 'threshold'],
      [{ minGroupSize: 0 }, 'minGroupSize'],
      [{ minGroupSize: 2.5 }, 'minGroupSize'],
    ])('adverseImpact with option %j → INVALID_OPTION naming the option', (options, field) => {
      const e = caught(() => adverseImpact([], {}, options));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.message).toContain(`"${field}"`);
    });
  });

  describe('properties', () => {
    it('adverseImpact impactRatio is in [0, 1] and adverse matches ratio < threshold', () => {
      const input = fc.tuple(
        fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D'), fc.boolean()), { maxLength: 80 }),
        fc.integer({ min: 1, max: 10 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
      );
      fc.assert(
        fc.property(input, ([rows, minGroupSize, threshold]) => {
          const outcomes = rows.map(([, selected], i) => ({ id: `p${i}`, selected }));
          const groups = Object.fromEntries(rows.map(([g], i) => [`p${i}`, g]));
          const result = adverseImpact(outcomes, groups, { minGroupSize, threshold });
          expect(result.groups.reduce((a, g) => a + g.total, 0)).toBe(rows.length);
          for (const g of result.groups) {
            expect(g.rate).toBeGreaterThanOrEqual(0);
            expect(g.rate).toBeLessThanOrEqual(1);
            if (g.impactRatio !== null) {
              expect(g.impactRatio).toBeGreaterThanOrEqual(0);
              expect(g.impactRatio).toBeLessThanOrEqual(1);
            }
            expect(g.adverse).toBe(g.impactRatio !== null && g.impactRatio < threshold);
            expect(g.smallSample).toBe(g.total < minGroupSize);
          }
          if (result.referenceGroup !== null) {
            const ref = result.groups.find((g) => g.group === result.referenceGroup)!;
            expect(ref.impactRatio).toBe(1);
            expect(ref.smallSample).toBe(false);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
