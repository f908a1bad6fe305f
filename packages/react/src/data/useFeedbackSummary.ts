import type { FeedbackSummaryQuery } from '@northstar/core';
import { aggregateFeedback, type FeedbackAggregate } from '@northstar/core/feedback';
import type { NorthstarQueryOptions, NorthstarQueryResult } from './data.types.js';
import { feedbackKeys } from './feedbackKeys.js';
import { useAdapterCapabilities } from './useAdapterCapabilities.js';
import { useNorthstarQuery } from './useNorthstarQuery.js';

/**
 * A subject's aggregated 360 feedback: `adapter.feedback.summarize` when the adapter has it (raw responses stay on
 * the server), else `listResponses` + `getTemplate` aggregated here by core's `aggregateFeedback` — either way the
 * result holds no rater ids.
 *
 * @example
 * const { status, data: aggregate } = useFeedbackSummary({ subjectId: 'p-053', templateId: 'h2-360' });
 */
export function useFeedbackSummary(
  query: FeedbackSummaryQuery,
  options?: NorthstarQueryOptions,
): NorthstarQueryResult<FeedbackAggregate> {
  const capabilities = useAdapterCapabilities();
  const server = capabilities.feedback.methods.includes('summarize');
  return useNorthstarQuery({
    queryKey: feedbackKeys.summary(query),
    domain: 'feedback',
    method: server ? 'summarize' : 'listResponses',
    active: true,
    run: async (adapter, signal) => {
      const feedback = adapter.feedback!;
      if (server) return feedback.summarize!(query, { signal });
      const [responses, template] = await Promise.all([
        feedback.listResponses!({ subjectId: query.subjectId, templateId: query.templateId }, { signal }),
        feedback.getTemplate(query.templateId, { signal }),
      ]);
      return aggregateFeedback(responses, template);
    },
    options,
  });
}
