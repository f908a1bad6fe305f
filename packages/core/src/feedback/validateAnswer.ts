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

/** Whether an answer counts as given for `required` (blank text and an empty selection do not; not-applicable does). */
function isAnswered(answer: unknown): boolean {
  if (Array.isArray(answer)) return answer.length > 0;
  return answer !== undefined && answer !== null && !(typeof answer === 'string' && answer.trim() === '');
}

function checkOption(question: FeedbackQuestion, answer: unknown): AnswerIssue | null {
  const options = question.options ?? [];
  return typeof answer === 'string' && options.includes(answer)
    ? null
    : issue(
        question,
        'option',
        `answer ${show(answer)} is not one of ${options.map((o) => show(o)).join(', ')}`,
      );
}

/** A multiple choice: a list of distinct option labels, as many as `minSelected`..`maxSelected` allow. */
function checkSelection(
  question: FeedbackQuestion,
  answer: readonly unknown[],
  partial: boolean,
): AnswerIssue | null {
  const seen = new Set<unknown>();
  for (const label of answer) {
    const wrong = checkOption(question, label);
    if (wrong) return wrong;
    if (seen.has(label)) return issue(question, 'duplicate', `picks option ${show(label)} twice`);
    seen.add(label);
  }
  const { minSelected: min, maxSelected: max } = question;
  const n = answer.length;
  // A draft may stop half-way through picking; only a complete answer must reach the minimum.
  if (min !== undefined && n < min && !partial) {
    return issue(question, 'minSelected', `picks ${n} options, at least ${min} are needed`, { limit: min });
  }
  if (max !== undefined && n > max) {
    return issue(question, 'maxSelected', `picks ${n} options, at most ${max} are allowed`, { limit: max });
  }
  return null;
}

/**
 * Checks one answer against its question — required, kind, scale bounds and step, choice options (and for a
 * `multiple` choice: distinct options, `minSelected`/`maxSelected`), "not applicable", text min/max length — and
 * returns the first issue or null; the form and the adapters call the same function, so the browser and the server
 * agree.
 *
 * @example
 * validateAnswer(6, { id: 'impact', kind: 'rating', scale: { min: 1, max: 5 } }); // { rule: 'scale', … }
 * validateAnswer('Great', { id: 'comments', kind: 'text', maxLength: 500 }); // null
 * validateAnswer(['a', 'a'], { id: 'pick', kind: 'choice', multiple: true, options: ['a', 'b'] }); // { rule: 'duplicate', … }
 */
export function validateAnswer(
  answer: unknown,
  question: FeedbackQuestion,
  options: ValidateAnswerOptions = {},
): AnswerIssue | null {
  const multiple = question.kind === 'choice' && question.multiple === true;
  if (!isAnswered(answer)) {
    if (question.required === true && options.partial !== true) {
      return issue(question, 'required', 'is required');
    }
    // An empty list is "no answer" only where a list is an answer at all.
    if (
      answer === undefined ||
      answer === null ||
      (question.kind !== 'rating' && Array.isArray(answer) === multiple)
    )
      return null;
  }
  if (question.kind === 'rating') return checkRating(question, answer);
  if (Array.isArray(answer) && multiple) return checkSelection(question, answer, options.partial === true);
  if (typeof answer !== 'string' || multiple) {
    return issue(
      question,
      'type',
      `needs ${multiple ? 'a list of options' : 'a text answer'} for a ${question.kind} question, got ${show(answer)}`,
    );
  }
  if (question.kind === 'choice') return checkOption(question, answer);
  return checkText(question, answer);
}
