import type { FeedbackDraft, FeedbackDraftKey } from '@northstar/core';
import type { NorthstarQueryOptions, NorthstarQueryResult } from './data.types.js';
import { feedbackKeys } from './feedbackKeys.js';
import { useNorthstarQuery } from './useNorthstarQuery.js';

/**
 * The server-side draft of one rater for one subject (`adapter.feedback.loadDraft`), or null when there is none;
 * never refetched on its own, since the form's local copy is the live one.
 *
 * @example
 * const { data: serverDraft } = useFeedbackDraft({ templateId: 'h2-360', subjectId: 'p-053', raterId: 'p-224' });
 */
export function useFeedbackDraft(
  key: FeedbackDraftKey,
  options?: NorthstarQueryOptions,
): NorthstarQueryResult<FeedbackDraft | null> {
  return useNorthstarQuery({
    queryKey: feedbackKeys.draft(key),
    domain: 'feedback',
    method: 'loadDraft',
    active: true,
    run: (adapter, signal) => adapter.feedback!.loadDraft!(key, { signal }),
    options: { staleTime: Number.POSITIVE_INFINITY, ...options },
  });
}
