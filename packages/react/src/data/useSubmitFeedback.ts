import type { FeedbackResponse, FeedbackResponseInput } from '@northstar/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useNorthstar } from '../provider/useNorthstar.js';
import { createIdempotencyKey } from './createIdempotencyKey.js';
import { feedbackKeys } from './feedbackKeys.js';
import { NorthstarQueryError, unavailableError } from './NorthstarQueryError.js';
import { useAdapterCapabilities } from './useAdapterCapabilities.js';
import { useNorthstarQueryClient } from './useNorthstarQuery.js';

/**
 * What `useSubmitFeedback().mutate` takes: the response and the attempt series' idempotency key.
 *
 * @example
 * const vars: SubmitFeedbackVariables = { response, idempotencyKey: 'k-1' };
 */
export interface SubmitFeedbackVariables {
  response: FeedbackResponseInput;
  /** Generated when omitted; pass the form's key so every retry of one submission sends the same one. */
  idempotencyKey?: string;
}

/**
 * What `useSubmitFeedback` returns.
 *
 * @example
 * const { mutateAsync, status, error, retry } = useSubmitFeedback();
 */
export interface SubmitFeedbackResult {
  mutate: (variables: SubmitFeedbackVariables) => void;
  mutateAsync: (variables: SubmitFeedbackVariables) => Promise<FeedbackResponse>;
  /** Resends the last submission with the same idempotency key. */
  retry: () => void;
  reset: () => void;
  status: 'idle' | 'pending' | 'success' | 'error';
  error: NorthstarQueryError | null;
  data: FeedbackResponse | undefined;
  variables: Required<SubmitFeedbackVariables> | undefined;
  isPending: boolean;
  /** False when the adapter has no `feedback.submit`: the form is read-only. */
  canSubmit: boolean;
}

/**
 * Submits a feedback response through `adapter.feedback.submit` with an idempotency key (reused by `retry`), never
 * retried automatically (the form shows Retry), and refreshes the subject's summary and requests afterwards.
 *
 * @example
 * const submit = useSubmitFeedback();
 * await submit.mutateAsync({ response, idempotencyKey: attemptKey });
 */
export function useSubmitFeedback(): SubmitFeedbackResult {
  const { adapter } = useNorthstar();
  const client = useNorthstarQueryClient();
  const capabilities = useAdapterCapabilities();
  const canSubmit = adapter !== undefined && capabilities.feedback.methods.includes('submit');
  const mutation = useMutation<FeedbackResponse, NorthstarQueryError, Required<SubmitFeedbackVariables>>(
    {
      mutationFn: async ({ response, idempotencyKey }) => {
        const feedback = adapter?.feedback;
        if (typeof feedback?.submit !== 'function')
          throw unavailableError(adapter !== undefined, 'feedback.submit');
        try {
          return await feedback.submit(response, { idempotencyKey });
        } catch (error) {
          throw NorthstarQueryError.from(error, 'feedback.submit');
        }
      },
      retry: false,
      onSettled: () =>
        Promise.all([
          client.invalidateQueries({ queryKey: feedbackKeys.summaries() }),
          client.invalidateQueries({ queryKey: [...feedbackKeys.all(), 'requests'] }),
        ]),
    },
    client,
  );
  const { mutate: run, mutateAsync: runAsync, reset, status, error, data, variables, isPending } = mutation;
  const complete = useCallback(
    (v: SubmitFeedbackVariables): Required<SubmitFeedbackVariables> => ({
      ...v,
      idempotencyKey: v.idempotencyKey ?? createIdempotencyKey(),
    }),
    [],
  );
  const mutate = useCallback((v: SubmitFeedbackVariables) => run(complete(v)), [run, complete]);
  const mutateAsync = useCallback(
    (v: SubmitFeedbackVariables) => runAsync(complete(v)),
    [runAsync, complete],
  );
  const retry = useCallback(() => {
    if (variables) run(variables);
  }, [run, variables]);
  return useMemo(
    () => ({ mutate, mutateAsync, retry, reset, status, error, data, variables, isPending, canSubmit }),
    [mutate, mutateAsync, retry, reset, status, error, data, variables, isPending, canSubmit],
  );
}
