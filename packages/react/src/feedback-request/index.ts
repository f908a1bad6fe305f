// @northstar/react/feedback-request — names listed explicitly (no `export *`), so the subpath's surface is reviewable.

export { FeedbackRequest, type FeedbackRequestProps } from './FeedbackRequest.js';
export { FeedbackRequestConnected, type FeedbackRequestConnectedProps } from './FeedbackRequestConnected.js';
export { FeedbackRequestView, type FeedbackRequestViewProps } from './FeedbackRequestView.js';
export { FEEDBACK_REQUEST_MESSAGES } from './feedbackRequestMessages.js';
export {
  type FeedbackRaterChoice,
  type FeedbackRequestCandidate,
  type FeedbackRequestChoiceModel,
  type FeedbackRequestGroupModel,
  type FeedbackRequestModel,
  REQUEST_RELATIONSHIPS,
  type ResolveFeedbackRequestInput,
  resolveFeedbackRequest,
  suggestRelationship,
} from './resolveFeedbackRequest.js';
export {
  type FeedbackRequestControlledProps,
  type FeedbackRequestState,
  useFeedbackRequest,
} from './useFeedbackRequest.js';
