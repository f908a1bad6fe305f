import type { FeedbackTemplate } from '@northstar/core';
import type { FeedbackTranslate } from './feedbackTranslate.types.js';

/**
 * A core error put into the reader's language: the message, the question it names (kept visible as its id) and
 * core's code.
 *
 * @example
 * const d: DescribedFeedbackError = { message: 'Frage „impact“ hat eine ungültige Bewertungsskala.', questionId: 'impact', code: 'INVALID_SCALE' };
 */
export interface DescribedFeedbackError {
  message: string;
  questionId: string | null;
  code: string;
}

interface CoreErrorLike {
  code?: unknown;
  details?: { id?: unknown; field?: unknown; questionId?: unknown };
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * Maps a `NorthstarError` from core's template check (`template`) or aggregation (`responses`) onto the
 * `feedbackError.*` messages by its code, question id and field — core's own messages are English and stay in the
 * console.
 *
 * @example
 * describeFeedbackError(error, 'responses', template, t).message; // 'Eine Antwort bewertet Frage „impact“ außerhalb ihrer Skala.'
 */
export function describeFeedbackError(
  error: unknown,
  context: 'template' | 'responses',
  template: FeedbackTemplate | null,
  t: FeedbackTranslate,
): DescribedFeedbackError {
  const e = (typeof error === 'object' && error !== null ? error : {}) as CoreErrorLike;
  const code = text(e.code) ?? 'UNKNOWN';
  const field = text(e.details?.field) ?? '';
  const say = (key: string, question: string | null = null): DescribedFeedbackError => ({
    message: t(`feedbackError.${key}`, { question: question ?? '', field, code }),
    questionId: question,
    code,
  });
  if (code === 'INVALID_ID') return say('missingId');
  if (context === 'responses') {
    const question =
      text(e.details?.questionId) ?? (field.startsWith('answers.') ? field.slice('answers.'.length) : null);
    if (question !== null) return say(code === 'OUT_OF_SCALE' ? 'outOfScale' : 'answer', question);
    if (code === 'DUPLICATE_ID') return say('duplicate');
    return say(field === '' ? 'other' : 'response');
  }
  const id = text(e.details?.id);
  const questions: unknown = template?.questions;
  const isQuestion =
    id !== null &&
    Array.isArray(questions) &&
    questions.some((q) => (q as { id?: unknown } | null)?.id === id);
  if (!isQuestion) return say(field === '' ? 'other' : 'template');
  if (/^questions\[\d+\]\.id$/.test(field)) return say('duplicateQuestion', id);
  return say(code === 'INVALID_SCALE' ? 'scale' : 'question', id);
}
