// @northstar/react/feedback-form — names listed explicitly (no `export *`), so the subpath's surface is reviewable.

export { type AnonymityExplanation, explainAnonymity } from './explainAnonymity.js';
export { FeedbackForm, type FeedbackFormProps } from './FeedbackForm.js';
export { FeedbackFormConnected, type FeedbackFormConnectedProps } from './FeedbackFormConnected.js';
export { FeedbackFormView, type FeedbackFormViewProps } from './FeedbackFormView.js';
export {
  createFeedbackDraftStore,
  type DraftLoadResult,
  type DraftStorage,
  FEEDBACK_DRAFT_SCHEMA,
  type FeedbackDraftStore,
  type FeedbackDraftStoreOptions,
  feedbackDraftKey,
  type LocalFeedbackDraft,
  pickNewerDraft,
} from './feedbackDraftStore.js';
export {
  FeedbackFieldErrors,
  type FeedbackFormControlledProps,
  type FeedbackSubmission,
} from './feedbackForm.types.js';
export { FEEDBACK_FORM_MESSAGES } from './feedbackFormMessages.js';
export {
  type FeedbackFieldError,
  type FeedbackFormModel,
  type FeedbackLevelModel,
  type FeedbackQuestionModel,
  type FeedbackSectionModel,
  type FeedbackValues,
  type ResolveFeedbackFormInput,
  resolveFeedbackForm,
  validateFeedbackValues,
} from './resolveFeedbackForm.js';
export { SUBMIT_IDLE, type SubmitEvent, type SubmitState, submitReducer } from './submitMachine.js';
export { type DraftNotice, type FeedbackFormState, useFeedbackForm } from './useFeedbackForm.js';
