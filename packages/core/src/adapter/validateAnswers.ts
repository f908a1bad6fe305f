import type { FeedbackQuestion, FeedbackTemplate } from '../domain/feedback.types.js';
import { validateAnswer } from '../feedback/validateAnswer.js';
import { fail, show, where } from '../internal/assert.js';
import { requireObject } from './memoryChecks.js';

/** Throws the first issue of `validateAnswer` as a NorthstarError naming the response field. */
function checkAnswer(
  question: FeedbackQuestion,
  value: unknown,
  subject: string,
  id: string | undefined,
  field: string,
  complete: boolean,
  templateId: string,
): void {
  const issue = validateAnswer(value, question, { partial: !complete });
  if (issue === null) return;
  // Off-scale ratings keep core's scale code; every other rule is malformed feedback.
  const code = issue.rule === 'scale' || issue.rule === 'step' ? 'OUT_OF_SCALE' : 'INVALID_FEEDBACK';
  const detail = issue.rule === 'required' ? `is required by template ${show(templateId)}` : issue.message;
  fail(code, `${where(subject, id, field)} ${detail}`, { id, field, value, rule: issue.rule });
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
    checkAnswer(question, given[key], subject, id, field, complete, template.id);
  }
  if (!complete) return;
  for (const question of template.questions) {
    // Unanswered required questions: the answers loop above only saw the keys that were given.
    if (!(question.id in given))
      checkAnswer(question, undefined, subject, id, `answers.${question.id}`, true, template.id);
  }
}
