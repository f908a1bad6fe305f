// One regression test per defect from the independent audit (issue 7). Expected values are computed outside this
// code: exact rationals (integer cross-multiplication, Python `fractions`), scipy 1.17.1 and mpmath at 50 digits;
// each test names its source.
import { describe, expect, it } from 'vitest';
import {
  adverseImpact,
  calibrate,
  chiSquarePValue,
  forceDistribution,
  raterLeniency,
} from './calibration/index.js';
import { aggregateFeedback } from './feedback/index.js';
import {
  composeScore,
  defineScale,
  type FeedbackResponse,
  type FeedbackTemplate,
  placeNineBox,
  progress,
  rollup,
  summarizeNineBox,
} from './index.js';
import { errorOf } from './internal/errorOf.js';

/** |a − b| ≤ rel · |b|. */
function closeRel(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe('audit: forceDistribution and summarizeNineBox scale shares before multiplying', () => {
  it('forceDistribution(2 people, one share of 1e308) → returns, everyone gets the label', () => {
    const out = forceDistribution(
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 2 },
      ],
      [{ label: 'y', share: 1e308 }],
    );
    expect(out.map((r) => r.label)).toEqual(['y', 'y']);
  });

  it('forceDistribution(200 people, shares [1e306, 1e306]) → 100 and 100', () => {
    const scores = Array.from({ length: 200 }, (_, i) => ({ id: `p${i}`, score: i }));
    const out = forceDistribution(scores, [
      { label: 'low', share: 1e306 },
      { label: 'high', share: 1e306 },
    ]);
    expect(out.filter((r) => r.label === 'low')).toHaveLength(100);
    expect(out.filter((r) => r.label === 'high')).toHaveLength(100);
  });

  it('summarizeNineBox(target {1: 1e308, 5: 1e308}) → target shares 0.5 and 0.5', () => {
    const placements = placeNineBox([{ id: 'p', performance: 0.5, potential: 0.5 }]);
    const s = summarizeNineBox(placements, { target: { 1: 1e308, 5: 1e308 } });
    expect(s.cells.map((c) => c.targetShare)).toEqual([0.5, 0, 0, 0, 0.5, 0, 0, 0, 0]);
  });
});

describe('audit: adverseImpact compares exactly at the threshold', () => {
  const outcomes = (group: string, selected: number, total: number) =>
    Array.from({ length: total }, (_, i) => ({ id: `${group}${i}`, selected: i < selected }));
  const groupsOf = (list: { id: string }[]) => Object.fromEntries(list.map((o) => [o.id, o.id[0]!]));

  it('adverseImpact(A 12/16, B 3/5) → B ratio exactly 4/5, not adverse', () => {
    const list = [...outcomes('A', 12, 16), ...outcomes('B', 3, 5)];
    const b = adverseImpact(list, groupsOf(list)).groups.find((g) => g.group === 'B')!;
    // (3/5) / (12/16) = 48/60 = 4/5 exactly.
    expect(b.impactRatio).toBe(0.8);
    expect(b.adverse).toBe(false);
  });

  it('adverseImpact(A 30/39, B 27/39, threshold 0.9) → B ratio exactly 9/10, not adverse', () => {
    const list = [...outcomes('A', 30, 39), ...outcomes('B', 27, 39)];
    const b = adverseImpact(list, groupsOf(list), { threshold: 0.9 }).groups.find((g) => g.group === 'B')!;
    expect(b.impactRatio).toBe(0.9);
    expect(b.adverse).toBe(false);
  });

  it('adverseImpact(every pair of groups up to 12 people) → adverse exactly when sB·tA·5 < 4·sA·tB', () => {
    let boundary = 0;
    for (let tA = 1; tA <= 12; tA++)
      for (let sA = 1; sA <= tA; sA++)
        for (let tB = 1; tB <= 12; tB++)
          for (let sB = 0; sB * tA < sA * tB; sB++) {
            // Integer arithmetic: B's rate is below A's, so A is the reference.
            const list = [...outcomes('A', sA, tA), ...outcomes('B', sB, tB)];
            const b = adverseImpact(list, groupsOf(list)).groups.find((g) => g.group === 'B')!;
            expect(b.adverse).toBe(5 * sB * tA < 4 * sA * tB);
            if (5 * sB * tA === 4 * sA * tB) boundary++;
          }
    expect(boundary).toBeGreaterThan(10);
  });
});

describe('audit: scales, p-values and progress never give NaN or -0', () => {
  it('defineScale({ min: 1, max: 5, step: 1e10 }) → INVALID_SCALE naming "step"', () => {
    const e = errorOf(() => defineScale({ min: 1, max: 5, step: 1e10 }));
    expect(e.code).toBe('INVALID_SCALE');
    expect(e.details.field).toBe('step');
  });

  it('aggregateFeedback(rating on a scale with step 1e10) → rejected by the template, never NaN', () => {
    const template: FeedbackTemplate = {
      id: 't',
      questions: [{ id: 'q', kind: 'rating', scale: { min: 1, max: 5, step: 1e10 } }],
    };
    expect(errorOf(() => aggregateFeedback([], template)).code).toBe('INVALID_SCALE');
  });

  it('chiSquarePValue(0.5, tiny df) → scipy.stats.chi2.sf values, never NaN', () => {
    // scipy 1.17.1: chi2.sf(0.5, 5e-324) = 0.0; chi2.sf(0.5, 1e-300) = 5.22141317221865e-301;
    // chi2.sf(2, 1e-10) = 1.0969196720337176e-11; chi2.sf(0.5, 1e-5) = 5.221414732071539e-06.
    expect(chiSquarePValue(0.5, 5e-324)).toBe(0);
    closeRel(chiSquarePValue(0.5, 1e-300), 5.22141317221865e-301, 1e-6);
    closeRel(chiSquarePValue(2, 1e-10), 1.0969196720337176e-11, 1e-6);
    closeRel(chiSquarePValue(0.5, 1e-5), 5.221414732071539e-6, 1e-6);
    for (let e = -320; e <= 2; e += 3) expect(Number.isFinite(chiSquarePValue(0.5, 10 ** e))).toBe(true);
  });

  it('progress(reduction goal 200 → 0 still at 200) → +0, not -0', () => {
    const p = progress({ start: 200, target: 0, current: 200 });
    expect(Object.is(p, 0)).toBe(true);
  });
});

describe('audit: calibrate and raterLeniency keep their digits under a 1e9 offset', () => {
  const rater = (raterId: string, scores: number[]) =>
    scores.map((score, i) => ({ id: `${raterId}-${i}`, raterId, score }));

  it('calibrate(one rater [1,2,2,5,4] + 1e9) → z equal to the offset-free z within 1e-12', () => {
    // mpmath (50 digits): z = -1.224744871391589, -0.54433105395181736 (×2), 1.4969103983674977, 0.81649658092772603.
    const exact = [
      -1.224744871391589, -0.5443310539518174, -0.5443310539518174, 1.4969103983674976, 0.816496580927726,
    ];
    const out = calibrate(
      rater(
        'm',
        [1, 2, 2, 5, 4].map((x) => 1e9 + x),
      ),
    );
    for (const [i, r] of out.entries()) closeRel(r.z!, exact[i]!, 1e-12);
  });

  it('calibrate(raters 1..5 and 1e9 + [1,2,2,5,4]) → calibrated scores as mpmath computes them', () => {
    // mpmath (50 digits): global mean 500000002.9, sd 499999999.90000000208; the 1e9 rater's scores map to
    // -112372432.67332004, 227834475.97852443 (×2), 1248455201.9340577, 908248293.28221336.
    const out = calibrate([
      ...rater('a', [1, 2, 3, 4, 5]),
      ...rater(
        'b',
        [1, 2, 2, 5, 4].map((x) => 1e9 + x),
      ),
    ]);
    const exact = [
      -112372432.67332004, 227834475.97852442, 227834475.97852442, 1248455201.9340577, 908248293.2822133,
    ];
    for (const [i, r] of out.slice(5).entries()) closeRel(r.calibrated, exact[i]!, 1e-12);
  });

  it('raterLeniency(5, 5, 4) → mean 14/3 correctly rounded (4.666666666666667)', () => {
    // Python: float(Fraction(14, 3)) == 4.666666666666667.
    const [row] = raterLeniency(rater('m', [5, 5, 4]));
    expect(row!.mean).toBe(4.666666666666667);
  });

  it('raterLeniency(two raters offset by 1e9) → the same effect sizes as without the offset', () => {
    const plain = raterLeniency([...rater('a', [1, 2, 3, 4, 5]), ...rater('b', [2, 3, 4, 5, 5])]);
    const shifted = raterLeniency([
      ...rater(
        'a',
        [1, 2, 3, 4, 5].map((x) => 1e9 + x),
      ),
      ...rater(
        'b',
        [2, 3, 4, 5, 5].map((x) => 1e9 + x),
      ),
    ]);
    for (const [i, r] of shifted.entries()) closeRel(r.effect!, plain[i]!.effect!, 1e-12);
  });
});

describe('audit: anonymity without exceptions', () => {
  const template: FeedbackTemplate = {
    id: 't',
    questions: [
      { id: 'q', kind: 'rating', scale: { min: 1, max: 5, step: 1 } },
      { id: 'note', kind: 'text' },
    ],
  };
  const response = (over: Partial<FeedbackResponse> & { id: string; raterId: string }): FeedbackResponse => ({
    subjectId: 's',
    relationship: 'peer',
    anonymous: true,
    answers: { q: 4, note: 'keeps us honest' },
    ...over,
  });

  it('aggregateFeedback(one anonymous manager) → no manager group, answer withheld', () => {
    const out = aggregateFeedback(
      [response({ id: 'r1', raterId: 'boss', relationship: 'manager' })],
      template,
    );
    const [q, note] = out.subjects[0]!.questions;
    expect(q!.groups).toEqual([]);
    expect(q!.withheld).toEqual(['manager']);
    expect(note!.groups.flatMap((g) => g.comments)).toEqual([]);
  });

  it('aggregateFeedback(named manager + anonymous manager + 2 anonymous peers) → manager group holds only the named one', () => {
    const out = aggregateFeedback(
      [
        response({ id: 'r1', raterId: 'm1', relationship: 'manager', anonymous: false, answers: { q: 2 } }),
        response({ id: 'r2', raterId: 'm2', relationship: 'manager', answers: { q: 5 } }),
        response({ id: 'r3', raterId: 'p1', answers: { q: 4 } }),
        response({ id: 'r4', raterId: 'p2', answers: { q: 3 } }),
      ],
      template,
    );
    const q = out.subjects[0]!.questions[0]!;
    expect(q.groups.map((g) => [g.group, g.count, g.mean])).toEqual([
      ['manager', 1, 2],
      // The anonymous manager (5) is pooled with the two peers (4, 3): mean 4.
      ['combined', 3, 4],
    ]);
    expect(q.withheld).toEqual(['manager', 'peer']);
  });

  it('aggregateFeedback(self response from someone else) → INVALID_FEEDBACK naming the response, not the rater', () => {
    const e = errorOf(() =>
      aggregateFeedback([response({ id: 'r9', raterId: 'sneaky', relationship: 'self' })], template),
    );
    expect(e.code).toBe('INVALID_FEEDBACK');
    expect(e.message).toContain('"r9"');
    expect(`${e.message}${JSON.stringify(e.details)}`).not.toContain('sneaky');
  });

  it('aggregateFeedback(anonymous response, template allowAnonymous false) → INVALID_FEEDBACK naming the response', () => {
    const e = errorOf(() =>
      aggregateFeedback([response({ id: 'r2', raterId: 'p1' })], { ...template, allowAnonymous: false }),
    );
    expect(e.code).toBe('INVALID_FEEDBACK');
    expect(e.details).toMatchObject({ id: 'r2', field: 'anonymous' });
    expect(e.message).not.toContain('p1');
  });
});

describe('audit: errors name the right field', () => {
  it('rollup(parents: [{ id: "zz" }] with zz unknown) → UNKNOWN_PARENT with field "parents[0].id"', () => {
    const e = errorOf(() => rollup([{ id: 'a', parents: [{ id: 'zz' }] }]));
    expect(e.code).toBe('UNKNOWN_PARENT');
    expect(e.details).toMatchObject({ id: 'a', field: 'parents[0].id', value: 'zz' });
  });

  it('composeScore(a Map) → INVALID_VALUE / INVALID_WEIGHT instead of a silent null', () => {
    const parts = new Map([['goals', 0.8]]) as unknown as Record<string, number>;
    expect(errorOf(() => composeScore(parts, { goals: 1 })).code).toBe('INVALID_VALUE');
    expect(errorOf(() => composeScore({ goals: 0.8 }, parts)).code).toBe('INVALID_WEIGHT');
  });
});
