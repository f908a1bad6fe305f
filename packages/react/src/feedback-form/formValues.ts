import type { FeedbackAnswer, FeedbackTemplate } from '@northstar/core';
import { NOT_APPLICABLE, validateAnswer } from '@northstar/core/feedback';
import type { FeedbackValues } from './resolveFeedbackForm.js';

/** The form library's values: one string per question under `q<index>` (radios and textareas speak strings). */
export type FormFieldValues = Record<string, string>;

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
    values[fieldName(i)] = a === null || a === undefined ? '' : String(a);
  });
  return values;
}

/**
 * Form field strings → typed answers for every question (null when unanswered), ratings as numbers.
 *
 * @example
 * fromFormValues(template, { q0: '4', q1: 'n/a' }); // { impact: 4, ownership: 'n/a', … }
 */
export function fromFormValues(
  template: FeedbackTemplate,
  values: Readonly<Record<string, string | undefined>>,
): Record<string, FeedbackAnswer> {
  const answers: Record<string, FeedbackAnswer> = {};
  template.questions.forEach((q, i) => {
    const raw = values[fieldName(i)] ?? '';
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
