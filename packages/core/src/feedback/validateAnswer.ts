import { show } from '../internal/assert.js';
import type { AnswerIssue, ValidateAnswerOptions } from './answerIssue.types.js';
import type { FeedbackQuestion } from './feedback.types.js';
import { NOT_APPLICABLE } from './notApplicable.js';

const DEFAULT_SCALE = { min: 1, max: 5, step: 1 } as const;
/** Float noise allowed when checking bounds and steps (0.1 + 0.2 is on a 0.1 step). */
const EPS = 1e-9;

function issue(
  question: FeedbackQuestion,
  rule: AnswerIssue['rule'],
  message: string,
  extra = {},
): AnswerIssue {
  return { questionId: question.id, rule, message: `question ${show(question.id)} ${message}`, ...extra };
}

function checkRating(question: FeedbackQuestion, answer: unknown): AnswerIssue | null {
  if (answer === NOT_APPLICABLE) {
    return question.allowNotApplicable === true
      ? null
      : issue(question, 'notApplicable', 'does not allow "not applicable"');
  }
  const { min, max, step } = question.scale ?? DEFAULT_SCALE;
  if (typeof answer !== 'number' || !Number.isFinite(answer)) {
    return issue(question, 'type', `needs a rating on the ${min}..${max} scale, got ${show(answer)}`, {
      min,
      max,
    });
  }
  if (answer < min - EPS || answer > max + EPS) {
    return issue(question, 'scale', `rating ${show(answer)} is outside the ${min}..${max} scale`, {
      min,
      max,
    });
  }
  if (step !== undefined) {
    const k = (answer - min) / step;
    if (Math.abs(k - Math.round(k)) > 1e-6) {
      return issue(question, 'step', `rating ${show(answer)} is not a step of ${step} from ${min}`, {
        min,
        max,
        step,
      });
    }
  }
  return null;
}

function checkText(question: FeedbackQuestion, answer: string): AnswerIssue | null {
  // Length counts code points of the trimmed text, as the live counter shows (an emoji is one character).
  const length = [...answer.trim()].length;
  if (question.maxLength !== undefined && length > question.maxLength) {
    return issue(
      question,
      'maxLength',
      `answer is ${length} characters long, at most ${question.maxLength} are allowed`,
      {
        limit: question.maxLength,
      },
    );
  }
  if (question.minLength !== undefined && length > 0 && length < question.minLength) {
    return issue(
      question,
      'minLength',
      `answer is ${length} characters long, at least ${question.minLength} are needed`,
      {
        limit: question.minLength,
      },
    );
  }
  return null;
}

/** Whether an answer counts as given for `required` (blank text does not; not-applicable does). */
function isAnswered(answer: unknown): boolean {
  return answer !== undefined && answer !== null && !(typeof answer === 'string' && answer.trim() === '');
}

/**
 * Checks one answer against its question — required, kind, scale bounds and step, choice options, "not applicable",
 * text min/max length — and returns the first issue or null; the form and the adapters call the same function, so
 * the browser and the server agree.
 *
 * @example
 * validateAnswer(6, { id: 'impact', kind: 'rating', scale: { min: 1, max: 5 } }); // { rule: 'scale', … }
 * validateAnswer('Great', { id: 'comments', kind: 'text', maxLength: 500 }); // null
 */
export function validateAnswer(
  answer: unknown,
  question: FeedbackQuestion,
  options: ValidateAnswerOptions = {},
): AnswerIssue | null {
  if (!isAnswered(answer)) {
    if (question.required === true && options.partial !== true) {
      return issue(question, 'required', 'is required');
    }
    if (answer === undefined || answer === null || question.kind !== 'rating') return null;
  }
  if (question.kind === 'rating') return checkRating(question, answer);
  if (typeof answer !== 'string') {
    return issue(
      question,
      'type',
      `needs a text answer for a ${question.kind} question, got ${show(answer)}`,
    );
  }
  if (question.kind === 'choice') {
    const options = question.options ?? [];
    return options.includes(answer)
      ? null
      : issue(
          question,
          'option',
          `answer ${show(answer)} is not one of ${options.map((o) => show(o)).join(', ')}`,
        );
  }
  return checkText(question, answer);
}
