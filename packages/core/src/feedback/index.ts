// The public API of @northstar/core/feedback, listed explicitly and locked by src/exports.test.ts.

export { aggregateFeedback } from './aggregateFeedback.js';
export type { AnswerIssue, AnswerRule, ValidateAnswerOptions } from './answerIssue.types.js';
export { compareSelfToOthers } from './compareSelfToOthers.js';
export type {
  FeedbackAnswer,
  FeedbackQuestion,
  FeedbackResponse,
  FeedbackTemplate,
  Relationship,
} from './feedback.types.js';
export { FEEDBACK_GROUP_LABELS } from './feedbackGroupLabels.js';
export type {
  AggregateFeedbackOptions,
  FeedbackAggregate,
  FeedbackGroup,
  GroupSummary,
  QuestionSummary,
  SubjectFeedback,
} from './feedbackSummary.types.js';
export { NOT_APPLICABLE } from './notApplicable.js';
export { RELATIONSHIPS } from './relationships.js';
export type { GapKind, QuestionGap, SectionGap, SelfOthersComparison } from './selfOthersGap.types.js';
export { validateAnswer } from './validateAnswer.js';
export { validateFeedbackTemplate } from './validateFeedbackTemplate.js';
