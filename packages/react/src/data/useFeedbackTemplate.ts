import type { FeedbackTemplate } from '@northstar/core';
import type { NorthstarQueryOptions, NorthstarQueryResult } from './data.types.js';
import { feedbackKeys } from './feedbackKeys.js';
import { useNorthstarQuery } from './useNorthstarQuery.js';

/**
 * A feedback template through `adapter.feedback.getTemplate`, cached, aborted on unmount, retried when retryable.
 *
 * @example
 * const { status, data: template, refetch } = useFeedbackTemplate('h2-360');
 */
export function useFeedbackTemplate(
  templateId: string | undefined,
  options?: NorthstarQueryOptions,
): NorthstarQueryResult<FeedbackTemplate> {
  return useNorthstarQuery({
    queryKey: feedbackKeys.template(templateId ?? ''),
    domain: 'feedback',
    method: 'getTemplate',
    active: templateId !== undefined,
    run: (adapter, signal) => adapter.feedback!.getTemplate(templateId!, { signal }),
    options,
  });
}
