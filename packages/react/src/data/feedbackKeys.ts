import type { FeedbackDraftKey, FeedbackRequestQuery, FeedbackSummaryQuery } from '@northstar/core';

/**
 * The react-query keys of the feedback hooks, under `northstarKeys.all`, so hosts can invalidate precisely (e.g.
 * the summary after their backend received a response).
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: feedbackKeys.summaries() });
 */
export const feedbackKeys = {
  all: () => ['northstar', 'feedback'] as const,
  template: (id: string) => [...feedbackKeys.all(), 'template', id] as const,
  summaries: () => [...feedbackKeys.all(), 'summary'] as const,
  summary: (query: FeedbackSummaryQuery) => [...feedbackKeys.summaries(), query] as const,
  requests: (query: FeedbackRequestQuery = {}) => [...feedbackKeys.all(), 'requests', query] as const,
  draft: (key: FeedbackDraftKey) => [...feedbackKeys.all(), 'draft', key] as const,
};
