import { describe, expect, it } from 'vitest';
import { aggregateFeedback } from './aggregateFeedback.js';
import type { FeedbackQuestion } from './feedback.types.js';
import { NOT_APPLICABLE } from './notApplicable.js';
import { validateAnswer } from './validateAnswer.js';

const rating: FeedbackQuestion = {
  id: 'impact',
  kind: 'rating',
  required: true,
  scale: { min: 1, max: 5, step: 1 },
};
const halfSteps: FeedbackQuestion = { id: 'grade', kind: 'rating', scale: { min: 0, max: 10, step: 0.5 } };
const text: FeedbackQuestion = { id: 'comments', kind: 'text', minLength: 10, maxLength: 20 };
const choice: FeedbackQuestion = { id: 'focus', kind: 'choice', options: ['Keep doing', 'Start doing'] };

const rule = (answer: unknown, question: FeedbackQuestion, partial = false) =>
  validateAnswer(answer, question, { partial })?.rule ?? null;

describe('validateAnswer', () => {
  it('validateAnswer(a value on the scale and step) → null', () => {
    expect(rule(4, rating)).toBeNull();
    expect(rule(7.5, halfSteps)).toBeNull();
    // 0.1 + 0.2 style float noise is still on the step
    expect(rule(0.5 * 3 + 1e-12, halfSteps)).toBeNull();
  });

  it('validateAnswer(outside the scale) → scale issue naming the question and the bounds', () => {
    const issue = validateAnswer(6, rating);
    expect(issue).toMatchObject({ questionId: 'impact', rule: 'scale', min: 1, max: 5 });
    expect(issue?.message).toBe('question "impact" rating 6 is outside the 1..5 scale');
    expect(rule(0, rating)).toBe('scale');
  });

  it('validateAnswer(between steps) → step issue; (a string or NaN for a rating) → type issue', () => {
    expect(validateAnswer(2.5, rating)).toMatchObject({ rule: 'step', step: 1 });
    expect(rule('4', rating)).toBe('type');
    expect(rule(Number.NaN, rating)).toBe('type');
  });

  it('validateAnswer(missing required answer) → required, unless partial (a draft)', () => {
    expect(rule(null, rating)).toBe('required');
    expect(rule(undefined, rating)).toBe('required');
    expect(rule(null, rating, true)).toBeNull();
    expect(rule('   ', { ...text, required: true })).toBe('required');
    expect(rule(null, text)).toBeNull();
  });

  it('validateAnswer(NOT_APPLICABLE) → satisfies required only where the question allows it', () => {
    expect(rule(NOT_APPLICABLE, { ...rating, allowNotApplicable: true })).toBeNull();
    expect(rule(NOT_APPLICABLE, rating)).toBe('notApplicable');
  });

  it('validateAnswer(text) → min/max length on the trimmed text, counted in characters not UTF-16 units', () => {
    expect(rule('short', text)).toBe('minLength');
    expect(validateAnswer('x'.repeat(21), text)).toMatchObject({ rule: 'maxLength', limit: 20 });
    expect(rule(`  ${'x'.repeat(20)}  `, text)).toBeNull();
    // ten emoji are ten characters (twenty UTF-16 units)
    expect(rule('😀'.repeat(20), text)).toBeNull();
    expect(rule(42, text)).toBe('type');
  });

  it('validateAnswer(choice) → option issue for a label outside the options', () => {
    expect(rule('Start doing', choice)).toBeNull();
    expect(validateAnswer('Stop doing', choice)?.message).toBe(
      'question "focus" answer "Stop doing" is not one of "Keep doing", "Start doing"',
    );
  });

  it('aggregateFeedback leaves NOT_APPLICABLE out of counts and means', () => {
    const template = { id: 't', questions: [{ ...rating, allowNotApplicable: true }] };
    const result = aggregateFeedback(
      [
        { id: 'r1', subjectId: 's', raterId: 's', relationship: 'self', answers: { impact: 4 } },
        {
          id: 'r2',
          subjectId: 's',
          raterId: 'm',
          relationship: 'manager',
          answers: { impact: NOT_APPLICABLE },
        },
      ],
      template,
    );
    const question = result.subjects[0]!.questions[0]!;
    expect(question.groups.map((g) => [g.group, g.count, g.mean])).toEqual([['self', 1, 4]]);
  });
});
