import type { FeedbackTemplate } from '@northstar/core';
import { FeedbackFieldErrors } from './feedbackForm.types.js';

const FIELD_CODES = new Set(['VALIDATION', 'INVALID_FEEDBACK', 'OUT_OF_SCALE']);

interface WithDetails {
  code?: unknown;
  message?: unknown;
  details?: { field?: unknown; fields?: unknown };
  cause?: unknown;
}

function questionOf(field: unknown, known: ReadonlySet<string>): string | null {
  if (typeof field !== 'string') return null;
  const id = field.startsWith('answers.') ? field.slice('answers.'.length) : field;
  return known.has(id) ? id : null;
}

/**
 * The per-question messages in a rejected submit, or null when the error is not about answers: a
 * `FeedbackFieldErrors`, or an adapter error (`VALIDATION`, `INVALID_FEEDBACK`, `OUT_OF_SCALE`, also as `cause`)
 * whose `details.field` is `answers.<id>` or whose `details.fields` maps or lists fields with messages.
 *
 * @example
 * fieldErrorsOf(new NorthstarError('INVALID_FEEDBACK', 'too long', { field: 'answers.comments' }), template); // { comments: 'too long' }
 */
export function fieldErrorsOf(error: unknown, template: FeedbackTemplate): Record<string, string> | null {
  const known = new Set(template.questions.map((q) => q.id));
  const found: Record<string, string> = {};
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth++) {
    if (current instanceof FeedbackFieldErrors) {
      for (const [field, message] of Object.entries(current.fields)) {
        const id = questionOf(field, known);
        if (id) found[id] = message;
      }
    }
    const e = current as WithDetails;
    if (typeof e.code === 'string' && FIELD_CODES.has(e.code) && e.details) {
      const message = typeof e.message === 'string' ? e.message : '';
      const single = questionOf(e.details.field, known);
      if (single) found[single] = message;
      const many = e.details.fields;
      if (Array.isArray(many)) {
        for (const item of many as { field?: unknown; message?: unknown }[]) {
          const id = questionOf(item?.field, known);
          if (id) found[id] = typeof item.message === 'string' ? item.message : message;
        }
      } else if (many && typeof many === 'object') {
        for (const [field, text] of Object.entries(many as Record<string, unknown>)) {
          const id = questionOf(field, known);
          if (id) found[id] = typeof text === 'string' ? text : message;
        }
      }
    }
    current = e.cause;
  }
  return Object.keys(found).length > 0 ? found : null;
}
