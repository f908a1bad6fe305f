import type { Goal, NorthstarAdapter } from '@northstar/core';
import { type QueryKey, useMutation } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useNorthstar } from '../provider/useNorthstar.js';
import { createIdempotencyKey } from './createIdempotencyKey.js';
import { invalidateGoals, patchGoalLists, restoreGoalLists, snapshotGoalLists } from './goalCache.js';
import { NorthstarQueryError, unavailableError } from './NorthstarQueryError.js';
import { useAdapterCapabilities } from './useAdapterCapabilities.js';
import { useNorthstarQueryClient } from './useNorthstarQuery.js';

/**
 * What the goal write hooks (`useCheckIn`, `useAlignGoal`) return: the write, its state for a visible message,
 * and controls to retry (same idempotency key) or dismiss.
 *
 * @example
 * const { mutate, status, error, retry, canWrite } = useCheckIn();
 */
export interface GoalWriteResult<TVariables> {
  /** Sends the write: every cached list shows the change at once and rolls back if the adapter rejects it. */
  mutate: (variables: TVariables) => void;
  /** Like `mutate`, but resolves to the saved goal or rejects with the NorthstarQueryError. */
  mutateAsync: (variables: TVariables) => Promise<Goal>;
  /** Sends the last write again with the same idempotency key. */
  retry: () => void;
  /** Clears the status and error (dismiss the message). */
  reset: () => void;
  status: 'idle' | 'pending' | 'error' | 'success';
  error: NorthstarQueryError | null;
  data: Goal | undefined;
  /** The last write's variables, with its idempotency key. */
  variables: (TVariables & { idempotencyKey: string }) | undefined;
  isPending: boolean;
  /** False when the adapter lacks the method: show the tree read-only. */
  canWrite: boolean;
}

/** What one goal write hook asks of the shared mutation machinery. */
export interface GoalWriteSpec<TVariables extends { goalId: string; idempotencyKey?: string }> {
  method: 'checkIn' | 'align';
  send: (adapter: NorthstarAdapter, variables: TVariables & { idempotencyKey: string }) => Promise<Goal>;
  /** The goal as it will look after the write (the optimistic change). */
  apply: (goal: Goal, variables: TVariables) => Goal;
}

/**
 * The goal write hooks' common core, following `useRecordKpiActual`: one idempotency key per logical write (reused
 * by `retry`), an optimistic change to every cached goal list, rollback on failure, refetch after.
 *
 * @example
 * useGoalWrite({ method: 'checkIn', send: (a, v) => a.goals!.checkIn!(v.goalId, v.input, v), apply });
 */
export function useGoalWrite<TVariables extends { goalId: string; idempotencyKey?: string }>(
  spec: GoalWriteSpec<TVariables>,
): GoalWriteResult<TVariables> {
  const { adapter } = useNorthstar();
  const client = useNorthstarQueryClient();
  const capabilities = useAdapterCapabilities();
  const operation = `goals.${spec.method}`;
  const canWrite = adapter !== undefined && capabilities.goals.methods.includes(spec.method);
  type Sent = TVariables & { idempotencyKey: string };

  const mutation = useMutation<Goal, NorthstarQueryError, Sent, Array<[QueryKey, unknown]>>(
    {
      mutationFn: async (variables) => {
        if (typeof adapter?.goals?.[spec.method] !== 'function') {
          throw unavailableError(adapter !== undefined, operation);
        }
        try {
          return await spec.send(adapter, variables);
        } catch (error) {
          throw NorthstarQueryError.from(error, operation);
        }
      },
      onMutate: async (variables) => {
        const snapshot = await snapshotGoalLists(client);
        patchGoalLists(client, variables.goalId, (goal) => spec.apply(goal, variables));
        return snapshot;
      },
      onError: (_error, _variables, snapshot) => restoreGoalLists(client, snapshot ?? []),
      onSuccess: (goal) => patchGoalLists(client, goal.id, () => goal),
      onSettled: () => invalidateGoals(client),
    },
    client,
  );

  const { mutate: run, mutateAsync: runAsync, reset, status, error, data, variables, isPending } = mutation;
  // The key is made here, once per logical write, so `retry()` resends the same one.
  const complete = useCallback(
    (v: TVariables): Sent => ({ ...v, idempotencyKey: v.idempotencyKey ?? createIdempotencyKey() }),
    [],
  );
  const mutate = useCallback((v: TVariables) => run(complete(v)), [run, complete]);
  const mutateAsync = useCallback((v: TVariables) => runAsync(complete(v)), [runAsync, complete]);
  const retry = useCallback(() => {
    if (variables) run(variables);
  }, [run, variables]);

  return useMemo(
    () => ({ mutate, mutateAsync, retry, reset, status, error, data, variables, isPending, canWrite }),
    [mutate, mutateAsync, retry, reset, status, error, data, variables, isPending, canWrite],
  );
}
