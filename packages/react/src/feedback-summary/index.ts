// @northstar/react/feedback-summary — names listed explicitly (no `export *`), so the subpath's surface is reviewable.

export { FeedbackSummary, type FeedbackSummaryProps } from './FeedbackSummary.js';
export { FeedbackSummaryView, type FeedbackSummaryViewProps } from './FeedbackSummaryView.js';
export { feedbackSummaryCsv, safeCsvCell } from './feedbackSummaryCsv.js';
export { FEEDBACK_SUMMARY_MESSAGES } from './feedbackSummaryMessages.js';
export {
  type FeedbackSummaryModel,
  type ResolveFeedbackSummaryInput,
  resolveFeedbackSummary,
  type SummaryGroupModel,
  type SummaryNumberFormat,
  type SummaryQuestionModel,
} from './resolveFeedbackSummary.js';
export {
  type SummaryBar,
  type SummaryChartGeometry,
  type SummaryRow,
  summaryChartGeometry,
} from './summaryChartGeometry.js';
export {
  type FeedbackSummaryOptions,
  type FeedbackSummaryState,
  type FeedbackSummaryView as FeedbackSummaryViewKind,
  useFeedbackSummaryModel,
} from './useFeedbackSummaryModel.js';
