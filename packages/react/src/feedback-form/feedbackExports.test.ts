import { describe, expect, it } from 'vitest';
import * as summary from '../feedback-summary/index.js';
import * as form from './index.js';

// The runtime surface of the two feedback subpaths. Changing it is a semver decision: update this list and add a changeset.
describe('feedback subpath exports', () => {
  it('@northstar/react/feedback-form exports exactly these runtime names', () => {
    expect(Object.keys(form).sort()).toEqual([
      'FEEDBACK_DRAFT_SCHEMA',
      'FEEDBACK_FORM_MESSAGES',
      'FeedbackFieldErrors',
      'FeedbackForm',
      'FeedbackFormConnected',
      'FeedbackFormView',
      'SUBMIT_IDLE',
      'createFeedbackDraftStore',
      'explainAnonymity',
      'feedbackDraftKey',
      'pickNewerDraft',
      'resolveFeedbackForm',
      'submitReducer',
      'useFeedbackForm',
      'validateFeedbackValues',
    ]);
  });

  it('@northstar/react/feedback-summary exports exactly these runtime names', () => {
    expect(Object.keys(summary).sort()).toEqual([
      'FEEDBACK_SUMMARY_MESSAGES',
      'FeedbackSummary',
      'FeedbackSummaryView',
      'feedbackSummaryCsv',
      'resolveFeedbackSummary',
      'safeCsvCell',
      'summaryChartGeometry',
      'useFeedbackSummaryModel',
    ]);
  });
});
