import type { FeedbackAnswer, FeedbackTemplate } from '@northstar/core';
import { NOT_APPLICABLE, validateAnswer } from '@northstar/core/feedback';
import type { FeedbackValues } from './resolveFeedbackForm.js';

/**
 * The form library's values under `q<index>`: a string per radio group and textarea, the checked labels of a
 * checkbox group (a multiple choice).
 */
export type FormFieldValues = Record<string, string | string[]>;

const isMultiple = (q: FeedbackTemplate['questions'][number]) => q.kind === 'choice' && q.multiple === true;

/** A checkbox group's value as the form library reports it: a list, one label, or false when none is checked. */
function checkedLabels(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.filter((x): x is string => typeof x === 'string' && x !== '');
  return typeof raw === 'string' && raw !== '' ? [raw] : [];
}

/**
 * The form library's field name of the question at `index` (question ids may hold dots, which it reads as paths).
 *
 * @example
 * fieldName(0); // 'q0'
 */
export const fieldName = (index: number): string => `q${index}`;

/**
 * Answers → form field strings ('' for no answer).
 *
 * @example
 * toFormValues(template, { impact: 4 }); // { q0: '4', q1: '', … }
 */
export function toFormValues(
  template: FeedbackTemplate,
  answers: FeedbackValues | undefined,
): FormFieldValues {
  const values: FormFieldValues = {};
  template.questions.forEach((q, i) => {
    const a = answers?.[q.id];
    // A checkbox group needs a list (also an empty one), or the form library reads it as one boolean checkbox.
    if (isMultiple(q)) values[fieldName(i)] = checkedLabels(a);
    else values[fieldName(i)] = a === null || a === undefined || Array.isArray(a) ? '' : String(a);
  });
  return values;
}

/**
 * Form field values → typed answers for every question (null when unanswered), ratings as numbers, a multiple
 * choice as the checked labels in template order.
 *
 * @example
 * fromFormValues(template, { q0: '4', q1: 'n/a', q2: ['Planning'] }); // { impact: 4, ownership: 'n/a', strengths: ['Planning'], … }
 */
export function fromFormValues(
  template: FeedbackTemplate,
  values: Readonly<Record<string, unknown>>,
): Record<string, FeedbackAnswer> {
  const answers: Record<string, FeedbackAnswer> = {};
  template.questions.forEach((q, i) => {
    if (isMultiple(q)) {
      // Checked labels in the template's order, whatever order the rater clicked them in.
      const checked = checkedLabels(values[fieldName(i)]);
      const picked = (q.options ?? []).filter((o) => checked.includes(o));
      answers[q.id] = picked.length === 0 ? null : picked;
      return;
    }
    const value = values[fieldName(i)];
    const raw = typeof value === 'string' ? value : '';
    if (q.kind === 'rating') answers[q.id] = raw === '' ? null : raw === NOT_APPLICABLE ? raw : Number(raw);
    else if (q.kind === 'choice') answers[q.id] = raw === '' ? null : raw;
    else answers[q.id] = raw.trim() === '' ? null : raw;
  });
  return answers;
}

/**
 * The answers of a restored draft that still fit the template (a question removed or rescaled since is dropped).
 *
 * @example
 * keepValidAnswers(template, { impact: 9, comments: 'Hi' }); // { comments: 'Hi' }
 */
export function keepValidAnswers(
  template: FeedbackTemplate,
  answers: Readonly<Record<string, FeedbackAnswer>>,
): Record<string, FeedbackAnswer> {
  const kept: Record<string, FeedbackAnswer> = {};
  for (const q of template.questions) {
    const a = answers[q.id];
    if (a === undefined || a === null) continue;
    if (validateAnswer(a, q, { partial: true }) === null) kept[q.id] = a;
  }
  return kept;
}
