import type { FeedbackQuestion, FeedbackTemplate } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/createTranslator.js';
import { SAMPLE_MULTI_CHOICE_TEMPLATE } from '../stories/sampleFeedback.js';
import { createFeedbackDraftStore } from './feedbackDraftStore.js';
import { FEEDBACK_FORM_MESSAGES } from './feedbackFormMessages.js';
import type { FeedbackTranslate } from './feedbackTranslate.types.js';
import { fromFormValues, keepValidAnswers, toFormValues } from './formValues.js';
import { resolveFeedbackForm, validateFeedbackValues } from './resolveFeedbackForm.js';

const t = createTranslator(FEEDBACK_FORM_MESSAGES, 'en') as FeedbackTranslate;
const template = SAMPLE_MULTI_CHOICE_TEMPLATE;
const index = template.questions.findIndex((q) => q.id === 'strengths');
const strengths = template.questions[index]!;
const one = (question: Partial<FeedbackQuestion>): FeedbackTemplate => ({
  id: 't',
  questions: [{ ...strengths, ...question } as FeedbackQuestion],
});
const model = (tpl: FeedbackTemplate, values = {}, errors = {}) => {
  const m = resolveFeedbackForm({ template: tpl, values, errors, idPrefix: 'f', t });
  if (m.status !== 'ready') throw new Error(m.message);
  return m;
};

describe('multiple-choice questions in the form', () => {
  it('the question model → multiple, one option per label, and the hint tied by aria-describedby', () => {
    const q = model(template).questions[index]!;
    expect(q).toMatchObject({ multiple: true, hint: 'Choose up to 2 options.', hintId: `f-q${index}-hint` });
    expect(q.options.map((o) => o.value)).toEqual([
      'Delivery',
      'Mentoring',
      'Clear communication',
      'Planning',
    ]);
    expect(q.describedBy).toBe(`f-q${index}-hint`);
    // The single choice next to it stays a radio group.
    expect(model(template).questions.find((x) => x.id === 'focus')).toMatchObject({
      multiple: false,
      hint: null,
    });
  });

  it('hints → "all that apply", at least, up to, between, exactly', () => {
    const hint = (q: Partial<FeedbackQuestion>) => model(one(q)).questions[0]!.hint;
    expect(hint({ maxSelected: undefined })).toBe('Choose all that apply.');
    expect(hint({ maxSelected: undefined, minSelected: 1 })).toBe('Choose at least 1 option.');
    expect(hint({ maxSelected: 3 })).toBe('Choose up to 3 options.');
    expect(hint({ minSelected: 2, maxSelected: 3 })).toBe('Choose 2 to 3 options.');
    expect(hint({ minSelected: 2, maxSelected: 2 })).toBe('Choose exactly 2 options.');
  });

  it('validation → too many picks is maxSelected with the limit, too few is minSelected; messages from the catalogue', () => {
    const errors = validateFeedbackValues(template, {
      impact: 3,
      collaboration: 3,
      communication: 3,
      strengths: ['Delivery', 'Mentoring', 'Planning'],
    });
    expect(errors).toEqual({ strengths: { rule: 'maxSelected', limit: 2 } });
    const q = model(template, {}, errors).questions[index]!;
    expect(q.error).toBe('Choose at most 2 options.');
    expect(q.describedBy).toBe(`f-q${index}-hint f-q${index}-err`);
    const few = validateFeedbackValues(one({ minSelected: 2, maxSelected: 3 }), { strengths: ['Planning'] });
    expect(model(one({ minSelected: 2, maxSelected: 3 }), {}, few).questions[0]!.error).toBe(
      'Choose at least 2 options.',
    );
  });

  it('an empty selection → unanswered (progress), and required when the question is', () => {
    expect(model(template, { strengths: [] }).progress.answered).toBe(0);
    expect(model(template, { strengths: ['Planning'] }).progress.answered).toBe(1);
    expect(validateFeedbackValues(one({ required: true }), { strengths: [] })).toEqual({
      strengths: { rule: 'required' },
    });
  });

  it('form values ↔ answers → checked labels in template order; none checked is null; a lone label is a list', () => {
    const name = `q${index}`;
    expect(toFormValues(template, { strengths: ['Planning'] })[name]).toEqual(['Planning']);
    expect(toFormValues(template, {})[name]).toEqual([]);
    expect(fromFormValues(template, { [name]: ['Planning', 'Delivery'] }).strengths).toEqual([
      'Delivery',
      'Planning',
    ]);
    expect(fromFormValues(template, { [name]: [] }).strengths).toBeNull();
    expect(fromFormValues(template, { [name]: false as unknown as string[] }).strengths).toBeNull();
    expect(fromFormValues(template, { [name]: 'Mentoring' }).strengths).toEqual(['Mentoring']);
  });

  it('a restored draft → lists kept; an old single-label answer or an unknown option for the question dropped', () => {
    expect(keepValidAnswers(template, { strengths: ['Planning'], impact: 4 })).toEqual({
      strengths: ['Planning'],
      impact: 4,
    });
    expect(keepValidAnswers(template, { strengths: 'Planning', impact: 4 })).toEqual({ impact: 4 });
    expect(keepValidAnswers(template, { strengths: ['Juggling'] })).toEqual({});
  });

  it('the local draft store → saves and reads lists in the same schema version (no old draft is discarded)', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
    const options = { storage, templateId: 'h2-360', subjectId: 's', raterId: 'r', tabId: 'tab' };
    const store = createFeedbackDraftStore(options);
    store.save({
      answers: { strengths: ['Planning'] },
      anonymous: false,
      updatedAt: '2026-11-20T10:42:00.000Z',
    });
    expect(store.load()).toMatchObject({ status: 'ok', draft: { answers: { strengths: ['Planning'] } } });
    map.set(
      store.key,
      JSON.stringify({ v: 1, answers: { impact: 4 }, updatedAt: '2026-11-20T10:42:00.000Z' }),
    );
    expect(store.load()).toMatchObject({ status: 'ok', draft: { answers: { impact: 4 } } });
    map.set(
      store.key,
      JSON.stringify({ v: 1, answers: { strengths: [1] }, updatedAt: '2026-11-20T10:42:00.000Z' }),
    );
    expect(store.load()).toEqual({ status: 'discarded', reason: 'corrupt' });
  });
});
