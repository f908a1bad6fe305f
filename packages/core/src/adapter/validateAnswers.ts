import type { FeedbackQuestion, FeedbackTemplate } from '../domain/feedback.types.js';
import { isNorthstarError, NorthstarError } from '../errors/NorthstarError.js';
import { fail, isFiniteNumber, show, where } from '../internal/assert.js';
import { toScale } from '../scales/defineScale.js';
import { assertOnScale } from '../scales/normalize.js';
import { requireObject } from './memoryChecks.js';

const DEFAULT_SCALE = { min: 1, max: 5 };

function checkAnswer(
  question: FeedbackQuestion,
  value: unknown,
  subject: string,
  id: string | undefined,
  field: string,
): void {
  if (value === null) return;
  if (question.kind === 'rating') {
    if (!isFiniteNumber(value)) {
      fail(
        'INVALID_FEEDBACK',
        `${where(subject, id, field)} must be a number or null for a rating question, got ${show(value)}`,
        {
          id,
          field,
          value,
        },
      );
    }
    try {
      assertOnScale(value, toScale(question.scale ?? DEFAULT_SCALE), where(subject, id, field));
    } catch (error) {
      // Re-raise with the field, which the scale helper cannot know.
      if (isNorthstarError(error))
        throw new NorthstarError(error.code, error.message, { ...error.details, id, field });
      throw error;
    }
    return;
  }
  if (typeof value !== 'string') {
    fail(
      'INVALID_FEEDBACK',
      `${where(subject, id, field)} must be a string or null for a ${question.kind} question, got ${show(value)}`,
      {
        id,
        field,
        value,
      },
    );
  }
  if (question.kind === 'choice' && question.options !== undefined && !question.options.includes(value)) {
    fail(
      'INVALID_FEEDBACK',
      `${where(subject, id, field)} must be one of ${question.options.map((o) => show(o)).join(', ')}, got ${show(value)}`,
      {
        id,
        field,
        value,
      },
    );
  }
}

/**
 * Checks answers against a template: known question ids, values of the right kind and on scale, and (when
 * `complete`) every required question answered; errors name `answers.<questionId>`.
 *
 * @example
 * validateAnswers({ collab: 4 }, template, 'feedback response', undefined, true);
 */
export function validateAnswers(
  answers: unknown,
  template: FeedbackTemplate,
  subject: string,
  id: string | undefined,
  complete: boolean,
): void {
  const given = requireObject(answers, 'INVALID_FEEDBACK', subject, id, 'answers');
  const questions = new Map(template.questions.map((question) => [question.id, question]));
  for (const key of Object.keys(given)) {
    const question = questions.get(key);
    const field = `answers.${key}`;
    if (question === undefined) {
      fail(
        'INVALID_FEEDBACK',
        `${where(subject, id, field)} names no question of template ${show(template.id)}`,
        {
          id,
          field,
          value: given[key],
        },
      );
    }
    checkAnswer(question, given[key], subject, id, field);
  }
  if (!complete) return;
  for (const question of template.questions) {
    const value = given[question.id];
    if (
      question.required &&
      (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    ) {
      fail(
        'INVALID_FEEDBACK',
        `${where(subject, id, `answers.${question.id}`)} is required by template ${show(template.id)}`,
        {
          id,
          field: `answers.${question.id}`,
          value,
        },
      );
    }
  }
}
