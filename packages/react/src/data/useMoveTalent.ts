import { isNorthstarError, type TalentMove, type TalentRecord } from '@northstar/core';
import { type QueryKey, useMutation } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useNorthstar } from '../provider/useNorthstar.js';
import { createIdempotencyKey } from './createIdempotencyKey.js';
import { NorthstarQueryError, unavailableError } from './NorthstarQueryError.js';
import { talentKeys } from './talentKeys.js';
import { useAdapterCapabilities } from './useAdapterCapabilities.js';
import { useNorthstarQueryClient } from './useNorthstarQuery.js';

/**
 * What `useMoveTalent().mutate` takes: the person, the move (new scores, box, mandatory reason) and, rarely, your
 * own idempotency key.
 *
 * @example
 * const vars: MoveTalentVariables = { personId: 'p-7', move: { performance: 0.833, potential: 0.5, box: 6, reason: 'Led the rewrite' } };
 */
export interface MoveTalentVariables {
  personId: string;
  move: TalentMove;
  /** Generated per call when omitted; `retry()` resends the same key. */
  idempotencyKey?: string;
}

/**
 * A move the adapter refused because someone else moved the person meanwhile: both placements, so the user chooses.
 *
 * @example
 * if (conflict) show(`${conflict.current.box} (theirs) or ${conflict.attempted.box} (yours)`);
 */
export interface TalentMoveConflict {
  personId: string;
  /** The record as stored now (the other person's move). */
  current: TalentRecord;
  /** The move this user tried. */
  attempted: TalentMove;
}

/**
 * What `useMoveTalent` returns: the write, its state, the conflict when there is one, and retry / reset.
 *
 * @example
 * const { mutate, status, error, conflict, retry } = useMoveTalent();
 */
export interface MoveTalentResult {
  /** Moves the person: every cached talent list changes at once and rolls back if the adapter rejects the move. */
  mutate: (variables: MoveTalentVariables) => void;
  /** Like `mutate`, but resolves to the saved record or rejects with the NorthstarQueryError. */
  mutateAsync: (variables: MoveTalentVariables) => Promise<TalentRecord>;
  /** Resends the last move with the same idempotency key (applied at most once by the adapter). */
  retry: () => void;
  reset: () => void;
  status: 'idle' | 'pending' | 'success' | 'error';
  error: NorthstarQueryError | null;
  /** Set when the error is a `CONFLICT` carrying the current record. */
  conflict: TalentMoveConflict | null;
  data: TalentRecord | undefined;
  variables: Required<MoveTalentVariables> | undefined;
  isPending: boolean;
  /** False when the adapter has no `talent.move`: the grid is read-only. */
  canMove: boolean;
}

/** The record as the adapter will store it: the move's scores and box over the old ones. */
function withMove(record: TalentRecord, move: TalentMove): TalentRecord {
  const next: TalentRecord = { ...record, reason: move.reason };
  if (move.performance !== undefined) next.performance = move.performance;
  if (move.potential !== undefined) next.potential = move.potential;
  if (move.box !== undefined) next.box = move.box;
  if (move.movedBy !== undefined) next.movedBy = move.movedBy;
  return next;
}

function matches(record: TalentRecord, personId: string, move: TalentMove): boolean {
  return record.personId === personId && (move.cycleId === undefined || record.cycleId === move.cycleId);
}

/**
 * The conflict carried by a CONFLICT rejection (`details.current`), or null.
 *
 * @example
 * conflictOf(error, variables); // { personId, current, attempted } | null
 */
export function conflictOf(
  error: NorthstarQueryError | null,
  variables: MoveTalentVariables | undefined,
): TalentMoveConflict | null {
  const cause = error?.cause;
  if (!variables || !isNorthstarError(cause) || cause.code !== 'CONFLICT') return null;
  const current = cause.details.current as TalentRecord | undefined;
  if (!current || typeof current !== 'object') return null;
  return { personId: variables.personId, current, attempted: variables.move };
}

interface Snapshot {
  entries: Array<[QueryKey, unknown]>;
}

/**
 * Moves a person on the 9-box through `adapter.talent.move` with an idempotency key, updating every cached talent
 * list optimistically, rolling back on failure (with `error` for a visible message, and `conflict` with both
 * placements when someone else moved the person meanwhile) and refetching lists and move history after.
 *
 * @example
 * const move = useMoveTalent();
 * move.mutate({ personId: 'p-7', move: { performance: 0.833, potential: 0.5, box: 6, reason: 'Led the rewrite' } });
 */
export function useMoveTalent(): MoveTalentResult {
  const { adapter } = useNorthstar();
  const client = useNorthstarQueryClient();
  const capabilities = useAdapterCapabilities();
  const canMove = adapter !== undefined && capabilities.talent.methods.includes('move');

  const mutation = useMutation<TalentRecord, NorthstarQueryError, Required<MoveTalentVariables>, Snapshot>(
    {
      mutationFn: async ({ personId, move, idempotencyKey }) => {
        const talent = adapter?.talent;
        if (typeof talent?.move !== 'function') throw unavailableError(adapter !== undefined, 'talent.move');
        try {
          return await talent.move(personId, move, { idempotencyKey });
        } catch (error) {
          throw NorthstarQueryError.from(error, 'talent.move');
        }
      },
      onMutate: async ({ personId, move }) => {
        const filter = { queryKey: talentKeys.lists() };
        // An in-flight read would land after the optimistic value and overwrite it; the refetch comes on settle.
        await client.cancelQueries(filter);
        const entries = client.getQueriesData(filter);
        client.setQueriesData<TalentRecord[]>(filter, (list) =>
          list?.map((r) => (matches(r, personId, move) ? withMove(r, move) : r)),
        );
        return { entries };
      },
      onError: (_error, _variables, snapshot) => {
        for (const [key, data] of snapshot?.entries ?? []) client.setQueryData(key, data);
      },
      onSuccess: (saved, { personId, move }) => {
        client.setQueriesData<TalentRecord[]>({ queryKey: talentKeys.lists() }, (list) =>
          list?.map((r) => (matches(r, personId, move) ? saved : r)),
        );
      },
      onSettled: () =>
        Promise.all([
          client.invalidateQueries({ queryKey: talentKeys.lists() }),
          client.invalidateQueries({ queryKey: talentKeys.moveLists() }),
        ]),
    },
    client,
  );

  const { mutate: run, mutateAsync: runAsync, reset, status, error, data, variables, isPending } = mutation;
  // The key is made here, once per logical move, so react-query retries and `retry()` resend the same one.
  const complete = useCallback(
    (v: MoveTalentVariables): Required<MoveTalentVariables> => ({
      ...v,
      idempotencyKey: v.idempotencyKey ?? createIdempotencyKey(),
    }),
    [],
  );
  const mutate = useCallback((v: MoveTalentVariables) => run(complete(v)), [run, complete]);
  const mutateAsync = useCallback((v: MoveTalentVariables) => runAsync(complete(v)), [runAsync, complete]);
  const retry = useCallback(() => {
    if (variables) run(variables);
  }, [run, variables]);
  const conflict = useMemo(() => conflictOf(error, variables), [error, variables]);

  return useMemo(
    () => ({
      mutate,
      mutateAsync,
      retry,
      reset,
      status,
      error,
      conflict,
      data,
      variables,
      isPending,
      canMove,
    }),
    [mutate, mutateAsync, retry, reset, status, error, conflict, data, variables, isPending, canMove],
  );
}
