import type { FeedbackRequest, FeedbackRequestInput } from '@northstar/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useNorthstar } from '../provider/useNorthstar.js';
import { feedbackKeys } from './feedbackKeys.js';
import { NorthstarQueryError, unavailableError } from './NorthstarQueryError.js';
import { useAdapterCapabilities } from './useAdapterCapabilities.js';
import { useNorthstarQueryClient } from './useNorthstarQuery.js';

/**
 * What `useRequestFeedback` returns: send the requests under one idempotency key, and whether the adapter can.
 *
 * @example
 * const { send, canRequest } = useRequestFeedback();
 */
export interface RequestFeedbackResult {
  send: (inputs: readonly FeedbackRequestInput[], idempotencyKey: string) => Promise<FeedbackRequest[]>;
  /** False when the adapter has no `feedback.request`. */
  canRequest: boolean;
}

/**
 * Sends feedback requests through `adapter.feedback.request` with the caller's idempotency key (the widget reuses it
 * for every retry, so a request the server already stored is not doubled), never retried automatically, and
 * refreshes the cached request lists afterwards.
 *
 * @example
 * const { send } = useRequestFeedback();
 * await send([{ templateId: 'h2-360', subjectId: 'p-053', raterId: 'p-052', relationship: 'peer' }], key);
 */
export function useRequestFeedback(): RequestFeedbackResult {
  const { adapter } = useNorthstar();
  const client = useNorthstarQueryClient();
  const capabilities = useAdapterCapabilities();
  const canRequest = adapter !== undefined && capabilities.feedback.methods.includes('request');
  const { mutateAsync } = useMutation<
    FeedbackRequest[],
    NorthstarQueryError,
    { inputs: readonly FeedbackRequestInput[]; idempotencyKey: string }
  >(
    {
      mutationFn: async ({ inputs, idempotencyKey }) => {
        const feedback = adapter?.feedback;
        if (typeof feedback?.request !== 'function')
          throw unavailableError(adapter !== undefined, 'feedback.request');
        try {
          return await feedback.request(inputs, { idempotencyKey });
        } catch (error) {
          throw NorthstarQueryError.from(error, 'feedback.request');
        }
      },
      retry: false,
      onSettled: () => client.invalidateQueries({ queryKey: [...feedbackKeys.all(), 'requests'] }),
    },
    client,
  );
  const send = useCallback(
    (inputs: readonly FeedbackRequestInput[], idempotencyKey: string) =>
      mutateAsync({ inputs, idempotencyKey }),
    [mutateAsync],
  );
  return useMemo(() => ({ send, canRequest }), [send, canRequest]);
}
