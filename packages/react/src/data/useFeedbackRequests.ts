import type { FeedbackRequest, FeedbackRequestQuery } from '@northstar/core';
import type { NorthstarQueryOptions, NorthstarQueryResult } from './data.types.js';
import { feedbackKeys } from './feedbackKeys.js';
import { useNorthstarQuery } from './useNorthstarQuery.js';

/**
 * Feedback requests through `adapter.feedback.listRequests` — how many raters of each relationship were asked, which
 * tells whether anonymity can hold; an error state `NOT_SUPPORTED` when the adapter has no requests.
 *
 * @example
 * const { data: requests } = useFeedbackRequests({ subjectId: 'p-053', templateId: 'h2-360' });
 */
export function useFeedbackRequests(
  query: FeedbackRequestQuery,
  options?: NorthstarQueryOptions,
): NorthstarQueryResult<FeedbackRequest[]> {
  return useNorthstarQuery({
    queryKey: feedbackKeys.requests(query),
    domain: 'feedback',
    method: 'listRequests',
    active: true,
    run: (adapter, signal) => adapter.feedback!.listRequests!(query, { signal }),
    options,
  });
}
