import type { FeedbackGroup } from './feedbackSummary.types.js';

/**
 * English display names for feedback groups, as put in `GroupSummary.label`.
 *
 * @example
 * FEEDBACK_GROUP_LABELS['direct-report']; // 'Direct reports'
 */
export const FEEDBACK_GROUP_LABELS: Readonly<Record<FeedbackGroup, string>> = Object.freeze({
  self: 'Self',
  manager: 'Manager',
  peer: 'Peers',
  'direct-report': 'Direct reports',
  other: 'Others',
  combined: 'Combined',
  overall: 'Overall',
});
