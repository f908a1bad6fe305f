import type { FeedbackTemplate } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import type { FeedbackTranslate } from '../feedback-form/feedbackTranslate.types.js';
import { createTranslator } from '../i18n/createTranslator.js';
import { SAMPLE_FEEDBACK_TEMPLATE } from '../stories/sampleFeedback.js';
import { FEEDBACK_FORM_MESSAGES } from './feedbackFormMessages.js';
import { resolveFeedbackForm, validateFeedbackValues } from './resolveFeedbackForm.js';

const t = createTranslator(FEEDBACK_FORM_MESSAGES, 'en') as FeedbackTranslate;
const resolve = (values = {}, errors = {}, template: FeedbackTemplate = SAMPLE_FEEDBACK_TEMPLATE) =>
  resolveFeedbackForm({ template, values, errors, idPrefix: 'f', t });
const ready = (model: ReturnType<typeof resolve>) => {
  if (model.status !== 'ready') throw new Error(model.message);
  return model;
};

describe('resolveFeedbackForm', () => {
  it('resolveFeedbackForm(sample template) → sections of consecutive questions in template order, with progress', () => {
    const model = ready(resolve({ impact: 4, ownership: 'n/a', comments: '  ' }));
    expect(model.sections.map((s) => [s.title, s.questions.map((q) => q.id)])).toEqual([
      ['Delivery', ['impact', 'ownership']],
      ['Working with others', ['collaboration', 'communication']],
      ['Looking ahead', ['focus', 'comments']],
    ]);
    // not-applicable counts as answered, blank text does not
    expect(model.progress.text).toBe('2 of 6 answered');
    expect(model.sections[0]!.progressText).toBe('2 of 2 answered in this section');
  });

  it('resolveFeedbackForm(rating) → one level per scale point with its label and behaviour anchor, plus N/A where allowed', () => {
    const [impact, ownership] = ready(resolve()).questions;
    expect(impact!.levels.map((l) => [l.value, l.label])).toEqual([
      [1, 'Rarely'],
      [2, 'Sometimes'],
      [3, 'Often'],
      [4, 'Usually'],
      [5, 'Consistently'],
    ]);
    expect(impact!.levels[4]!.anchor).toBe('Sets the example others follow for quality work.');
    expect(impact!.notApplicable).toBeNull();
    expect(ownership!.notApplicable).toEqual({ id: 'f-q1-na', label: 'Not applicable' });
  });

  it('resolveFeedbackForm(text) → a live character count against maxLength, tied with aria-describedby', () => {
    const comments = ready(resolve({ comments: 'Great 😀 ' })).questions.find((q) => q.id === 'comments')!;
    expect(comments.counter).toEqual({ length: 7, over: false, text: '7 of 1,000 characters' });
    expect(comments.describedBy).toBe('f-q5-count');
  });

  it('resolveFeedbackForm(errors) → messages per field, describedBy with the error, and a summary linking each field', () => {
    const values = { impact: 9, comments: 'x'.repeat(1001) };
    const errors = validateFeedbackValues(SAMPLE_FEEDBACK_TEMPLATE, values);
    expect(Object.keys(errors)).toEqual(['impact', 'collaboration', 'communication', 'comments']);
    const model = ready(resolve(values, errors));
    const impact = model.questions[0]!;
    expect(impact.error).toBe('Choose a rating from 1 to 5.');
    expect(impact.describedBy).toBe('f-q0-err');
    expect(model.errorSummary?.title).toBe('There are 4 problems with your answers');
    expect(model.errorSummary?.items[0]).toEqual({
      questionId: 'impact',
      href: '#f-q0',
      message: 'Delivers high-quality work that moves team goals forward.: Choose a rating from 1 to 5.',
    });
    expect(model.questions[5]!.error).toBe('Write at most 1,000 characters.');
    expect(model.questions[5]!.counter?.over).toBe(true);
  });

  it('resolveFeedbackForm(server error) → the adapter message on the field', () => {
    const model = ready(resolve({}, { focus: { rule: 'server', message: 'option retired' } }));
    expect(model.questions[4]!.error).toBe('The server rejected this answer: option retired');
    expect(model.errorSummary?.title).toBe('There is 1 problem with your answers');
  });

  it('resolveFeedbackForm(duplicate question ids) → invalid, naming the question', () => {
    const model = resolve(
      {},
      {},
      {
        id: 't',
        questions: [
          { id: 'a', kind: 'text' },
          { id: 'a', kind: 'text' },
        ],
      },
    );
    expect(model).toMatchObject({ status: 'invalid', questionId: 'a' });
    expect(model.status === 'invalid' && model.message).toContain('Two questions have the id “a”.');
  });

  it('resolveFeedbackForm(rating without a scale) → invalid, naming the question', () => {
    const model = resolve({}, {}, { id: 't', questions: [{ id: 'grit', kind: 'rating' }] });
    expect(model).toMatchObject({
      status: 'invalid',
      questionId: 'grit',
      message: 'This feedback form cannot be shown: Question “grit” has no rating scale.',
    });
  });

  it('resolveFeedbackForm in every catalogue locale → translated progress, Arabic-Indic digits in ar-EG', () => {
    const english = resolve({ impact: 4 });
    for (const locale of ['de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP', 'ar-EG']) {
      const tl = createTranslator(FEEDBACK_FORM_MESSAGES, locale) as FeedbackTranslate;
      const model = ready(
        resolveFeedbackForm({
          template: SAMPLE_FEEDBACK_TEMPLATE,
          values: { impact: 4 },
          errors: {},
          idPrefix: 'f',
          t: tl,
        }),
      );
      expect(model.progress.text).not.toBe(ready(english).progress.text);
    }
    const ar = createTranslator(FEEDBACK_FORM_MESSAGES, 'ar-EG') as FeedbackTranslate;
    const model = ready(
      resolveFeedbackForm({
        template: SAMPLE_FEEDBACK_TEMPLATE,
        values: { impact: 4 },
        errors: {},
        idPrefix: 'f',
        t: ar,
      }),
    );
    expect(model.progress.text).toBe('تمت الإجابة عن ١ من ٦');
  });
});
