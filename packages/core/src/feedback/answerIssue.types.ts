/**
 * Which rule of its question an answer breaks.
 *
 * @example
 * const rule: AnswerRule = 'maxLength';
 */
export type AnswerRule =
  | 'required'
  | 'type'
  | 'scale'
  | 'step'
  | 'option'
  | 'notApplicable'
  | 'minLength'
  | 'maxLength'
  | 'duplicate'
  | 'minSelected'
  | 'maxSelected';

/**
 * Why one answer is not acceptable for its question: the rule, the limit it missed (a length, a scale bound) and an
 * English message naming the question, so a UI can translate by `rule` and a server can report `message`.
 *
 * @example
 * const issue: AnswerIssue = { questionId: 'comments', rule: 'maxLength', limit: 500, message: 'question "comments" answer is 512 characters long, at most 500 are allowed' };
 */
export interface AnswerIssue {
  questionId: string;
  rule: AnswerRule;
  /** The bound that was missed: min/max length, min/max selected options. */
  limit?: number;
  /** For `scale`: the scale's bounds; for `step`: the step. */
  min?: number;
  max?: number;
  step?: number;
  message: string;
}

/**
 * Options of `validateAnswer`.
 *
 * @example
 * validateAnswer(null, question, { partial: true }); // a draft may leave required questions open
 */
export interface ValidateAnswerOptions {
  /** True for drafts: an unanswered required question is not an issue yet. Default false. */
  partial?: boolean;
}
