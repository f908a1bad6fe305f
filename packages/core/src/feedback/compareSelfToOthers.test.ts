import { describe, expect, it } from 'vitest';
import { errorOf } from '../internal/errorOf.js';
import { aggregateFeedback } from './aggregateFeedback.js';
import { compareSelfToOthers } from './compareSelfToOthers.js';
import type { FeedbackResponse, FeedbackTemplate } from './feedback.types.js';

const template: FeedbackTemplate = {
  id: 't',
  questions: [
    { id: 'impact', kind: 'rating', section: 'Delivery' },
    { id: 'quality', kind: 'rating', section: 'Delivery' },
    { id: 'listening', kind: 'rating', section: 'People' },
    { id: 'comments', kind: 'text' },
  ],
};
const response = (
  id: string,
  raterId: string,
  relationship: FeedbackResponse['relationship'],
  answers: FeedbackResponse['answers'],
): FeedbackResponse => ({ id, subjectId: 's', raterId, relationship, answers });

const responses = [
  response('r0', 's', 'self', { impact: 5, quality: 4, listening: 2, comments: 'Proud of Q3' }),
  response('r1', 'm', 'manager', { impact: 3, quality: 4, listening: 4 }),
  response('r2', 'p1', 'peer', { impact: 3, quality: 4, listening: 4 }),
  response('r3', 'p2', 'peer', { impact: 4, quality: 4, listening: 5 }),
  response('r4', 'p3', 'peer', { impact: 4, quality: 4, listening: 3 }),
];

describe('compareSelfToOthers', () => {
  const subject = aggregateFeedback(responses, template).subjects[0]!;

  it('compareSelfToOthers(self above others) → blind spot; (below) → hidden strength; (equal) → aligned', () => {
    const { questions } = compareSelfToOthers(subject, template);
    expect(questions.map((q) => [q.questionId, q.self, q.others, q.gap, q.kind])).toEqual([
      ['impact', 5, 3.5, 1.5, 'blind-spot'],
      ['quality', 4, 4, 0, 'aligned'],
      ['listening', 2, 4, -2, 'hidden-strength'],
    ]);
  });

  it('compareSelfToOthers sections → the mean of their question means, in template order', () => {
    const { sections } = compareSelfToOthers(subject, template);
    expect(sections.map((s) => [s.section, s.self, s.others, s.gap, s.kind])).toEqual([
      ['Delivery', 4.5, 3.75, 0.75, 'blind-spot'],
      ['People', 2, 4, -2, 'hidden-strength'],
    ]);
  });

  it('compareSelfToOthers(no self response) → no question or section gaps', () => {
    const others = aggregateFeedback(responses.slice(1), template).subjects[0]!;
    expect(compareSelfToOthers(others, template)).toEqual({ threshold: 0.125, questions: [], sections: [] });
  });

  it('compareSelfToOthers(threshold outside (0, 1]) → INVALID_OPTION naming the option', () => {
    const error = errorOf(() => compareSelfToOthers(subject, template, { threshold: 0 }));
    expect([error.code, error.details.field]).toEqual(['INVALID_OPTION', 'threshold']);
  });
});
