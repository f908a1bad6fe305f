import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateFeedback } from './aggregateFeedback.js';
import type { FeedbackResponse, FeedbackTemplate, Relationship } from './feedback.types.js';

const template: FeedbackTemplate = {
  id: 't',
  questions: [
    { id: 'score', kind: 'rating', scale: { min: 1, max: 5, step: 1 } },
    { id: 'fine', kind: 'rating', scale: { min: 0, max: 1, step: 0.1 } },
    { id: 'free', kind: 'rating', scale: { min: -2, max: 2 } },
    { id: 'notes', kind: 'text' },
    { id: 'pick', kind: 'choice', options: ['a', 'b', 'c'] },
    { id: 'picks', kind: 'choice', multiple: true, options: ['x', 'y', 'z'] },
  ],
};

const relationshipArb = fc.constantFrom<Relationship>(
  'self',
  'manager',
  'peer',
  'peer',
  'direct-report',
  'other',
);
// Comments use letters and spaces only, so they can never spell "rater-…".
const commentArb = fc.string({ unit: fc.constantFrom('a', 'b', 'Z', ' ', 'é'), maxLength: 6 });
const responseArb = fc.record({
  subjectId: fc.constantFrom('s1', 's2', 's3'),
  raterId: fc.stringMatching(/^[0-9a-f]{10}$/).map((suffix) => `rater-${suffix}`),
  relationship: relationshipArb,
  anonymous: fc.boolean(),
  answers: fc.record(
    {
      score: fc.option(fc.integer({ min: 1, max: 5 })),
      fine: fc.option(fc.integer({ min: 0, max: 10 }).map((k) => k / 10)),
      free: fc.option(fc.double({ min: -2, max: 2, noNaN: true })),
      notes: fc.option(commentArb),
      pick: fc.option(fc.constantFrom('a', 'b', 'c')),
      picks: fc.option(fc.subarray(['x', 'y', 'z'])),
    },
    { requiredKeys: [] },
  ),
});
// A self review is written by its subject, so its rater is the subject (at most one per subject).
const responsesArb = fc
  .uniqueArray(
    responseArb.map((r) => (r.relationship === 'self' ? { ...r, raterId: r.subjectId } : r)),
    { selector: (r) => `${r.subjectId}|${r.raterId}`, maxLength: 40 },
  )
  .map((list): FeedbackResponse[] => list.map((r, i) => ({ id: `resp-${i}`, ...r })));
const thresholdArb = fc.integer({ min: 1, max: 4 });

describe('aggregateFeedback properties', () => {
  it('aggregateFeedback(any responses) → output never contains a rater id or response id', () => {
    fc.assert(
      fc.property(responsesArb, thresholdArb, (responses, anonymityThreshold) => {
        const text = JSON.stringify(aggregateFeedback(responses, template, { anonymityThreshold }));
        expect(text).not.toContain('rater-');
        expect(text).not.toContain('resp-');
        for (const r of responses) if (r.relationship !== 'self') expect(text).not.toContain(r.raterId);
      }),
      { numRuns: 200 },
    );
  });

  it('aggregateFeedback(permuted responses) → identical output', () => {
    fc.assert(
      fc.property(
        responsesArb.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        thresholdArb,
        ([responses, shuffled], anonymityThreshold) => {
          const a = aggregateFeedback(responses, template, { anonymityThreshold });
          const b = aggregateFeedback(shuffled, template, { anonymityThreshold });
          // String equality also pins key order and exact float bits.
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('aggregateFeedback(any responses) → every shown peer/direct-report/other/combined group has count ≥ threshold', () => {
    fc.assert(
      fc.property(responsesArb, thresholdArb, (responses, anonymityThreshold) => {
        for (const subject of aggregateFeedback(responses, template, { anonymityThreshold }).subjects) {
          for (const q of subject.questions) {
            for (const g of q.groups) {
              if (g.group !== 'self' && g.group !== 'manager')
                expect(g.count).toBeGreaterThanOrEqual(anonymityThreshold);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('aggregateFeedback(any responses) → overall pools exactly the shown non-self groups', () => {
    fc.assert(
      fc.property(responsesArb, thresholdArb, (responses, anonymityThreshold) => {
        for (const subject of aggregateFeedback(responses, template, { anonymityThreshold }).subjects) {
          for (const q of subject.questions) {
            const shown = q.groups.filter((g) => g.group !== 'self');
            if (shown.length === 0) {
              expect(q.overall).toBeNull();
              continue;
            }
            const overall = q.overall!;
            expect(overall.count).toBe(shown.reduce((a, g) => a + g.count, 0));
            for (const [key, count] of Object.entries(overall.distribution)) {
              expect(count).toBe(shown.reduce((a, g) => a + (g.distribution[key] ?? 0), 0));
            }
            expect([...overall.comments].sort()).toEqual(shown.flatMap((g) => g.comments).sort());
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('aggregateFeedback(any responses) → means within the scale and meanNormalized within [0, 1]', () => {
    const bounds: Record<string, [number, number]> = { score: [1, 5], fine: [0, 1], free: [-2, 2] };
    fc.assert(
      fc.property(responsesArb, thresholdArb, (responses, anonymityThreshold) => {
        for (const subject of aggregateFeedback(responses, template, { anonymityThreshold }).subjects) {
          for (const q of subject.questions) {
            for (const g of [...q.groups, ...(q.overall ? [q.overall] : [])]) {
              if (q.kind !== 'rating') {
                expect(g.mean).toBeNull();
                continue;
              }
              const [min, max] = bounds[q.questionId]!;
              expect(g.count).toBeGreaterThan(0);
              expect(g.meanNormalized!).toBeGreaterThanOrEqual(0);
              expect(g.meanNormalized!).toBeLessThanOrEqual(1);
              expect(g.mean!).toBeGreaterThanOrEqual(min);
              expect(g.mean!).toBeLessThanOrEqual(max);
              expect(Object.values(g.distribution).reduce((a, c) => a + c, 0)).toBe(g.count);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('aggregateFeedback(any responses) → removing one anonymous response changes no shown group below the threshold', () => {
    fc.assert(
      fc.property(responsesArb, thresholdArb, fc.nat(), (responses, anonymityThreshold, pick) => {
        const anonymous = responses.filter((r) => r.anonymous === true);
        if (anonymous.length === 0) return;
        const removed = anonymous[pick % anonymous.length]!;
        const before = aggregateFeedback(responses, template, { anonymityThreshold });
        const after = aggregateFeedback(
          responses.filter((r) => r !== removed),
          template,
          { anonymityThreshold },
        );
        for (const subject of before.subjects) {
          const later = after.subjects.find((s) => s.subjectId === subject.subjectId);
          for (const q of subject.questions) {
            const laterQ = later?.questions.find((x) => x.questionId === q.questionId);
            for (const g of [...q.groups, ...(q.overall ? [q.overall] : [])]) {
              if (g.count >= anonymityThreshold) continue;
              // A group this small holds no anonymous answer, so it is the same without the removed response.
              const same =
                g.group === 'overall' ? laterQ?.overall : laterQ?.groups.find((x) => x.group === g.group);
              expect(same).toEqual(g);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('aggregateFeedback(any responses, valid or not) → no output or error names an anonymous rater', () => {
    // Faults that make aggregateFeedback throw: a second response from a rater, an answer off the scale, an
    // unknown question, a self review from someone else, or a template that forbids anonymity.
    const faultArb = fc.constantFrom(
      'none',
      'duplicate-rater',
      'off-scale',
      'unknown-question',
      'self',
      'no-anon',
    );
    fc.assert(
      fc.property(
        responsesArb,
        thresholdArb,
        faultArb,
        fc.nat(),
        (responses, anonymityThreshold, fault, pick) => {
          let list = responses;
          let t: FeedbackTemplate = template;
          const victim = list.length === 0 ? undefined : list[pick % list.length]!;
          if (victim !== undefined) {
            const v = { ...victim, anonymous: true };
            if (fault === 'duplicate-rater') list = [...list, { ...v, id: 'resp-dup', relationship: 'peer' }];
            if (fault === 'off-scale')
              list = list.map((r) => (r === victim ? { ...v, answers: { score: 9 } } : r));
            if (fault === 'unknown-question')
              list = list.map((r) => (r === victim ? { ...v, answers: { nope: 1 } } : r));
            if (fault === 'self') list = list.map((r) => (r === victim ? { ...v, relationship: 'self' } : r));
          }
          if (fault === 'no-anon') t = { ...template, allowAnonymous: false };
          let text: string;
          try {
            text = JSON.stringify(aggregateFeedback(list, t, { anonymityThreshold }));
          } catch (error) {
            const e = error as { message: string; details?: unknown };
            text = `${e.message} ${JSON.stringify(e.details)}`;
          }
          // A self rater's id is the subject's, which the output names anyway.
          for (const r of list)
            if (r.anonymous === true && r.raterId !== r.subjectId) expect(text).not.toContain(r.raterId);
        },
      ),
      { numRuns: 300 },
    );
  });
});
