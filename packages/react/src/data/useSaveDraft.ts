import type { FeedbackDraft, FeedbackDraftInput } from '@northstar/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useNorthstar } from '../provider/useNorthstar.js';
import { createIdempotencyKey } from './createIdempotencyKey.js';
import { feedbackKeys } from './feedbackKeys.js';
import { NorthstarQueryError, unavailableError } from './NorthstarQueryError.js';
import { useAdapterCapabilities } from './useAdapterCapabilities.js';
import { useNorthstarQueryClient } from './useNorthstarQuery.js';

/**
 * What `useSaveDraft` returns.
 *
 * @example
 * const { mutateAsync, status, canSave } = useSaveDraft();
 */
export interface SaveDraftResult {
  mutate: (draft: FeedbackDraftInput, idempotencyKey?: string) => void;
  mutateAsync: (draft: FeedbackDraftInput, idempotencyKey?: string) => Promise<FeedbackDraft>;
  /** Resends the last draft with its idempotency key. */
  retry: () => void;
  status: 'idle' | 'pending' | 'success' | 'error';
  error: NorthstarQueryError | null;
  /** False when the adapter has no `feedback.saveDraft`: drafts stay on the device. */
  canSave: boolean;
}

/**
 * Saves a feedback draft server-side through `adapter.feedback.saveDraft`, each save with its own idempotency key
 * (reused by `retry`), and puts the saved draft in the cache so a remount restores it without a request.
 *
 * @example
 * const save = useSaveDraft();
 * save.mutate({ templateId: 'h2-360', subjectId: 'p-053', raterId: 'p-224', relationship: 'direct-report', answers });
 */
export function useSaveDraft(): SaveDraftResult {
  const { adapter } = useNorthstar();
  const client = useNorthstarQueryClient();
  const capabilities = useAdapterCapabilities();
  const canSave = adapter !== undefined && capabilities.feedback.methods.includes('saveDraft');
  const mutation = useMutation<
    FeedbackDraft,
    NorthstarQueryError,
    { draft: FeedbackDraftInput; idempotencyKey: string }
  >(
    {
      mutationFn: async ({ draft, idempotencyKey }) => {
        const feedback = adapter?.feedback;
        if (typeof feedback?.saveDraft !== 'function')
          throw unavailableError(adapter !== undefined, 'feedback.saveDraft');
        try {
          return await feedback.saveDraft(draft, { idempotencyKey });
        } catch (error) {
          throw NorthstarQueryError.from(error, 'feedback.saveDraft');
        }
      },
      retry: false,
      onSuccess: (saved) => {
        client.setQueryData(
          feedbackKeys.draft({
            templateId: saved.templateId,
            subjectId: saved.subjectId,
            raterId: saved.raterId,
          }),
          saved,
        );
      },
    },
    client,
  );
  const { mutate: run, mutateAsync: runAsync, status, error, variables } = mutation;
  const mutate = useCallback(
    (draft: FeedbackDraftInput, key?: string) =>
      run({ draft, idempotencyKey: key ?? createIdempotencyKey() }),
    [run],
  );
  const mutateAsync = useCallback(
    (draft: FeedbackDraftInput, key?: string) =>
      runAsync({ draft, idempotencyKey: key ?? createIdempotencyKey() }),
    [runAsync],
  );
  const retry = useCallback(() => {
    if (variables) run(variables);
  }, [run, variables]);
  return useMemo(
    () => ({ mutate, mutateAsync, retry, status, error, canSave }),
    [mutate, mutateAsync, retry, status, error, canSave],
  );
}
