import type { FeedbackTemplate } from '@northstar/core';
import { aggregateFeedback, validateFeedbackTemplate } from '@northstar/core/feedback';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_SUMMARY_MESSAGES } from '../feedback-summary/feedbackSummaryMessages.js';
import { createTranslator } from '../i18n/createTranslator.js';
import { describeFeedbackError } from './describeFeedbackError.js';
import { FEEDBACK_ERROR_MESSAGES } from './feedbackErrorMessages.js';
import { FEEDBACK_FORM_MESSAGES } from './feedbackFormMessages.js';
import type { FeedbackTranslate } from './feedbackTranslate.types.js';

const template: FeedbackTemplate = {
  id: 't',
  questions: [
    { id: 'impact', kind: 'rating', scale: { min: 1, max: 5, step: 1 } },
    { id: 'picks', kind: 'choice', multiple: true, options: ['a', 'b'] },
  ],
};
const caught = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};
const response = (answers: Record<string, unknown>) => ({
  id: 'r1',
  subjectId: 's',
  raterId: 'u',
  relationship: 'peer' as const,
  answers: answers as Record<string, number>,
});
const en = createTranslator(FEEDBACK_SUMMARY_MESSAGES, 'en') as FeedbackTranslate;
const aggregate = (answers: Record<string, unknown>) =>
  caught(() => aggregateFeedback([response(answers)], template));
const check = (bad: unknown) => caught(() => validateFeedbackTemplate(bad));

describe('describeFeedbackError', () => {
  it('response errors → off-scale, unfitting answer, duplicate, bad field; each names the question id', () => {
    expect(describeFeedbackError(aggregate({ impact: 9 }), 'responses', template, en)).toEqual({
      message: 'A response rates question “impact” outside its scale.',
      questionId: 'impact',
      code: 'OUT_OF_SCALE',
    });
    expect(describeFeedbackError(aggregate({ picks: ['z'] }), 'responses', template, en).message).toBe(
      'A response answers question “picks” in a way the question does not accept.',
    );
    expect(describeFeedbackError(aggregate({ nope: 1 }), 'responses', template, en).questionId).toBe('nope');
    const twice = caught(() => aggregateFeedback([response({}), response({})], template));
    expect(describeFeedbackError(twice, 'responses', template, en).message).toBe(
      'Two responses share an id or come from the same rater.',
    );
    const relation = caught(() =>
      aggregateFeedback([{ ...response({}), relationship: 'boss' as 'peer' }], template),
    );
    expect(describeFeedbackError(relation, 'responses', template, en).message).toBe(
      'A response is not valid (field “relationship”).',
    );
  });

  it('template errors → bad scale, duplicate ids, a bad field of a question or of the template', () => {
    const scale = { id: 't', questions: [{ id: 'q3', kind: 'rating', scale: { min: 5, max: 1 } }] };
    expect(describeFeedbackError(check(scale), 'template', scale as FeedbackTemplate, en)).toMatchObject({
      message: 'Question “q3” has an invalid rating scale.',
      questionId: 'q3',
    });
    const twice = {
      id: 't',
      questions: [
        { id: 'a', kind: 'text' },
        { id: 'a', kind: 'text' },
      ],
    };
    expect(describeFeedbackError(check(twice), 'template', twice as FeedbackTemplate, en).message).toBe(
      'Two questions have the id “a”.',
    );
    const picks = { id: 't', questions: [{ id: 'p', kind: 'choice', options: ['a'], maxSelected: 3 }] };
    expect(describeFeedbackError(check(picks), 'template', picks as FeedbackTemplate, en).message).toBe(
      'Question “p” is not set up correctly (field “maxSelected”).',
    );
    const threshold = { id: 't', questions: [], anonymityThreshold: 0 };
    expect(
      describeFeedbackError(check(threshold), 'template', threshold as FeedbackTemplate, en).message,
    ).toBe('The template is not set up correctly (field “anonymityThreshold”).');
    expect(describeFeedbackError(new Error('boom'), 'template', null, en).message).toBe(
      'The feedback data could not be read (error UNKNOWN).',
    );
  });

  it('every locale → its own sentence with the question id kept, no English catalogue text', () => {
    const error = aggregate({ impact: 9 });
    const englishMessages = Object.values(FEEDBACK_ERROR_MESSAGES.en).map((m) => m.split('“')[0]!);
    for (const locale of ['de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP', 'ar-EG']) {
      for (const t of [
        createTranslator(FEEDBACK_FORM_MESSAGES, locale) as FeedbackTranslate,
        createTranslator(FEEDBACK_SUMMARY_MESSAGES, locale) as FeedbackTranslate,
      ]) {
        const { message } = describeFeedbackError(error, 'responses', template, t);
        expect(message).toContain('impact');
        for (const english of englishMessages) expect(message).not.toContain(english);
      }
    }
    const de = createTranslator(FEEDBACK_SUMMARY_MESSAGES, 'de-DE') as FeedbackTranslate;
    expect(describeFeedbackError(error, 'responses', template, de).message).toBe(
      'Eine Antwort bewertet Frage „impact“ außerhalb ihrer Skala.',
    );
  });
});
