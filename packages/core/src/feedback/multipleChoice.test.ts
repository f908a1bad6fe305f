import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../internal/errorOf.js';
import { aggregateFeedback } from './aggregateFeedback.js';
import type { FeedbackQuestion, FeedbackResponse, FeedbackTemplate, Relationship } from './feedback.types.js';
import { validateAnswer } from './validateAnswer.js';
import { validateFeedbackTemplate } from './validateFeedbackTemplate.js';

const strengths: FeedbackQuestion = {
  id: 'strengths',
  kind: 'choice',
  multiple: true,
  minSelected: 1,
  maxSelected: 2,
  options: ['Mentoring', 'Planning', 'Delivery'],
};
const template: FeedbackTemplate = { id: 't', questions: [strengths] };
const rule = (answer: unknown, question = strengths, partial = false) =>
  validateAnswer(answer, question, { partial })?.rule ?? null;

function response(
  i: number,
  relationship: Relationship,
  picks: readonly string[] | null,
  anonymous = false,
): FeedbackResponse {
  const raterId = relationship === 'self' ? 'sub' : `rater-${i}`;
  return {
    id: `resp-${i}`,
    subjectId: 'sub',
    raterId,
    relationship,
    anonymous,
    answers: { strengths: picks },
  };
}

describe('multiple-choice questions: validateAnswer', () => {
  it('validateAnswer(distinct options within min..max) → null', () => {
    expect(rule(['Mentoring'])).toBeNull();
    expect(rule(['Delivery', 'Mentoring'])).toBeNull();
  });

  it('validateAnswer(an unknown label) → option issue naming the question and the label', () => {
    expect(validateAnswer(['Mentoring', 'Juggling'], strengths)).toMatchObject({
      questionId: 'strengths',
      rule: 'option',
      message: 'question "strengths" answer "Juggling" is not one of "Mentoring", "Planning", "Delivery"',
    });
    expect(rule([3])).toBe('option');
  });

  it('validateAnswer(a label twice) → duplicate issue', () => {
    expect(validateAnswer(['Planning', 'Planning'], strengths)?.message).toBe(
      'question "strengths" picks option "Planning" twice',
    );
  });

  it('validateAnswer(too few or too many) → minSelected / maxSelected with the limit; a draft may have too few', () => {
    const atLeastTwo = { ...strengths, minSelected: 2, maxSelected: 3 };
    expect(validateAnswer(['Planning'], atLeastTwo)).toMatchObject({ rule: 'minSelected', limit: 2 });
    expect(rule(['Planning'], atLeastTwo, true)).toBeNull();
    expect(validateAnswer(['Planning', 'Delivery', 'Mentoring'], strengths)).toMatchObject({
      rule: 'maxSelected',
      limit: 2,
    });
    // Too many is wrong in a draft too: the rater has to drop one either way.
    expect(rule(['Planning', 'Delivery', 'Mentoring'], strengths, true)).toBe('maxSelected');
  });

  it('validateAnswer(empty list) → unanswered: required fails, optional passes', () => {
    expect(rule([], { ...strengths, required: true })).toBe('required');
    expect(rule([], { ...strengths, required: true }, true)).toBeNull();
    expect(rule([])).toBeNull();
  });

  it('validateAnswer(a single label for a multiple choice, a list for a single choice or text) → type issue', () => {
    expect(rule('Mentoring')).toBe('type');
    expect(rule(['a'], { id: 'one', kind: 'choice', options: ['a'] })).toBe('type');
    expect(rule([], { id: 'one', kind: 'choice', options: ['a'] })).toBe('type');
    expect(rule([], { id: 'note', kind: 'text' })).toBe('type');
  });
});

describe('multiple-choice questions: validateFeedbackTemplate', () => {
  const bad = (question: Record<string, unknown>) =>
    errorOf(() => validateFeedbackTemplate({ id: 't', questions: [{ ...strengths, ...question }] }));

  it('validateFeedbackTemplate(min/max outside 0..options, min > max, not integers) → INVALID_FEEDBACK naming question and field', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ maxSelected: 4 }, 'maxSelected'],
      [{ minSelected: -1 }, 'minSelected'],
      [{ minSelected: 1.5 }, 'minSelected'],
      [{ minSelected: '1' }, 'minSelected'],
      [{ minSelected: 3, maxSelected: 2 }, 'minSelected'],
      [{ multiple: 'yes' }, 'multiple'],
    ];
    for (const [question, field] of cases) {
      const e = bad(question);
      expect(e.code).toBe('INVALID_FEEDBACK');
      expect(e.details).toMatchObject({ id: 'strengths', field });
      expect(e.message).toContain('"strengths"');
      expect(e.message).toContain(`"${field}"`);
    }
  });

  it('validateFeedbackTemplate(minSelected without multiple) → INVALID_FEEDBACK naming the field', () => {
    expect(bad({ multiple: undefined }).details).toMatchObject({ id: 'strengths', field: 'minSelected' });
  });
});

describe('multiple-choice questions: aggregateFeedback', () => {
  it('aggregateFeedback(multiple choices) → each picked option counted once per rater; count is the raters who picked', () => {
    const responses = [
      response(1, 'peer', ['Mentoring', 'Planning']),
      response(2, 'peer', ['Mentoring']),
      response(3, 'peer', ['Delivery', 'Mentoring']),
      response(4, 'peer', []),
      response(5, 'peer', null),
    ];
    const q = aggregateFeedback(responses, template).subjects[0]!.questions[0]!;
    expect(q.groups).toEqual([
      {
        group: 'peer',
        label: 'Peers',
        count: 3,
        mean: null,
        meanNormalized: null,
        distribution: { Mentoring: 3, Planning: 1, Delivery: 1 },
        comments: [],
      },
    ]);
  });

  it('aggregateFeedback(2 peers with picks, threshold 3) → peer group withheld; empty picks do not count towards it', () => {
    const responses = [
      response(1, 'peer', ['Mentoring'], true),
      response(2, 'peer', ['Planning'], true),
      response(3, 'peer', [], true),
    ];
    const q = aggregateFeedback(responses, template).subjects[0]!.questions[0]!;
    expect(q.groups).toEqual([]);
    expect(q.withheld).toEqual(['peer']);
    expect(JSON.stringify(q)).not.toContain('Mentoring":1');
  });

  it('aggregateFeedback(unknown, repeated or non-list picks) → INVALID_FEEDBACK naming response and question', () => {
    for (const picks of [['Juggling'], ['Planning', 'Planning'], 'Planning', [7]]) {
      const e = errorOf(() =>
        aggregateFeedback([response(1, 'peer', picks as string[])], template, { anonymityThreshold: 1 }),
      );
      expect(e.code).toBe('INVALID_FEEDBACK');
      expect(e.details).toMatchObject({ id: 'resp-1', field: 'answers.strengths', questionId: 'strengths' });
    }
  });

  it('aggregateFeedback(any named picks, threshold 1) → each group counts exactly the raters who picked each option', () => {
    const options = strengths.options!;
    const relationships: Relationship[] = ['manager', 'peer', 'direct-report', 'other'];
    const arb = fc.array(
      fc.record({ relationship: fc.constantFrom(...relationships), picks: fc.subarray([...options]) }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const responses = rows.map((r, i) => response(i, r.relationship, r.picks));
        const q = aggregateFeedback(
          responses,
          { id: 't', questions: [{ ...strengths, maxSelected: 3 }] },
          {
            anonymityThreshold: 1,
          },
        ).subjects[0]?.questions[0];
        for (const relationship of relationships) {
          const mine = rows.filter((r) => r.relationship === relationship && r.picks.length > 0);
          const group = q?.groups.find((g) => g.group === relationship);
          if (mine.length === 0) {
            expect(group).toBeUndefined();
            continue;
          }
          expect(group?.count).toBe(mine.length);
          for (const option of options)
            expect(group?.distribution[option]).toBe(mine.filter((r) => r.picks.includes(option)).length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
