// Answers that popular HR tools and open-source HR systems get wrong, pinned here as named tests.
import { describe, expect, it } from 'vitest';
import { aggregateFeedback } from './feedback/index.js';
import { composeScore, placeNineBox, progress, rollup } from './index.js';

describe('answers peers get wrong', () => {
  it('a reduction goal from 200 to 0 that is at 100 is 50% done (peers show 0%)', () => {
    expect(progress({ start: 200, target: 0, current: 100 })).toBe(0.5);
  });

  it('a key result from 50 to 100 still at 50 is 0% done (peers ignore the start and show 50%)', () => {
    expect(progress({ start: 50, target: 100, current: 50 })).toBe(0);
  });

  it('children weighted by value ($100k, $20k, $1k) do not roll up as a plain average', () => {
    const r = rollup([
      { id: 'quarter' },
      { id: 'big', parentId: 'quarter', weight: 100_000, value: 0.2 },
      { id: 'mid', parentId: 'quarter', weight: 20_000, value: 1 },
      { id: 'small', parentId: 'quarter', weight: 1_000, value: 1 },
    ]);
    // (100000·0.2 + 20000 + 1000) / 121000 = 41000 / 121000 ≈ 0.339, where a plain average says 0.733
    expect(r.value('quarter')).toBeCloseTo(41_000 / 121_000, 12);
  });

  it('goals at 3.6/5 with no self-review and no feedback score 3.6/5, not 1.2', () => {
    const { score } = composeScore(
      { goals: 3.6, selfReview: null, feedback: null },
      { goals: 1, selfReview: 1, feedback: 1 },
    );
    expect(score).toBeCloseTo(3.6, 12);
  });

  it('a 9-box score exactly on a cut-off lands in the higher box', () => {
    const [onCuts, belowCuts] = placeNineBox(
      [
        { id: 'on', performance: 2 / 3, potential: 1 / 3 },
        { id: 'below', performance: 2 / 3 - 1e-9, potential: 1 / 3 - 1e-9 },
      ],
      {},
    );
    expect(onCuts).toMatchObject({ performanceLevel: 2, potentialLevel: 1, box: 6 });
    expect(belowCuts).toMatchObject({ performanceLevel: 1, potentialLevel: 0, box: 2 });
  });

  it('weights below 1 are not dropped', () => {
    const r = rollup([
      { id: 'team' },
      { id: 'main', parentId: 'team', weight: 0.9, value: 1 },
      { id: 'side', parentId: 'team', weight: 0.1, value: 0 },
    ]);
    expect(r.value('team')).toBeCloseTo(0.9, 12);
  });

  it('two anonymous peer responses under a threshold of 3 are not shown as a peer group', () => {
    const template = {
      id: 't',
      questions: [{ id: 'q', kind: 'rating' as const, scale: { min: 1, max: 5, step: 1 } }],
    };
    const result = aggregateFeedback(
      [
        {
          id: 'r1',
          subjectId: 'ana',
          raterId: 'bo',
          relationship: 'peer',
          anonymous: true,
          answers: { q: 1 },
        },
        {
          id: 'r2',
          subjectId: 'ana',
          raterId: 'cy',
          relationship: 'peer',
          anonymous: true,
          answers: { q: 5 },
        },
        { id: 'r3', subjectId: 'ana', raterId: 'di', relationship: 'manager', answers: { q: 4 } },
      ],
      template,
      { anonymityThreshold: 3 },
    );
    const question = result.subjects[0]!.questions[0]!;
    expect(question.groups.map((g) => g.group)).not.toContain('peer');
    expect(question.withheld).toContain('peer');
    expect(JSON.stringify(result)).not.toMatch(/"bo"|"cy"/);
  });
});
