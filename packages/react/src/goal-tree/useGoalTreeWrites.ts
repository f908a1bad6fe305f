import { type CheckInInput, type Goal, NorthstarError, type ParentEdge } from '@northstar/core';
import { useCallback, useMemo, useState } from 'react';
import { createIdempotencyKey } from '../data/createIdempotencyKey.js';
import { withCheckIn, withParents } from '../data/goalRecords.js';
import { planAlignment, replaceGoal } from './goalEdits.js';
import type { GoalAlignEvent, GoalCheckInEvent } from './goalTree.types.js';
import { checkCheckInValue } from './parseCheckInValue.js';

/**
 * A write the host (controlled) or the adapter (connected) carries out; a rejected promise rolls the tree back.
 *
 * @example
 * const send: GoalWriteHandler<GoalCheckInEvent> = (event) => api.post(`/goals/${event.goalId}/check-ins`, event.input);
 */
export type GoalWriteHandler<E> = (event: E & { idempotencyKey: string }) => unknown;

/**
 * The last write and how it went, for the banner and the live region.
 *
 * @example
 * const status: GoalWriteStatus = { kind: 'checkIn', goalId: 'g-2', state: 'error', message: 'Network down' };
 */
export interface GoalWriteStatus {
  kind: 'checkIn' | 'align';
  goalId: string;
  /** The new parent (align). */
  parentId?: string;
  state: 'pending' | 'success' | 'error';
  message?: string;
  /** Sends the same write again with the same idempotency key. */
  retry?: () => void;
}

/**
 * What the check-in dialog keeps per goal, so a failed or cancelled check-in never loses what was typed.
 *
 * @example
 * const draft: CheckInDraft = { value: '1.234,5', note: 'After the Q3 close' };
 */
export interface CheckInDraft {
  value: string;
  note: string;
}

/**
 * Options of {@link useGoalTreeWrites}.
 *
 * @example
 * useGoalTreeWrites({ goals, onCheckIn: (e) => api.checkIn(e), onAlign: undefined });
 */
export interface GoalTreeWritesOptions {
  goals: readonly Goal[];
  onCheckIn?: GoalWriteHandler<GoalCheckInEvent>;
  onAlign?: GoalWriteHandler<GoalAlignEvent>;
  /** Connected trees: the adapter's cache already shows the change optimistically, so no local overlay. */
  optimisticInCache?: boolean;
}

/**
 * What {@link useGoalTreeWrites} returns.
 *
 * @example
 * const writes = useGoalTreeWrites(options);
 * writes.checkIn('g-2', { current: 42 });
 */
export interface GoalTreeWrites {
  /** The goals with pending local changes applied (what the tree draws). */
  goals: readonly Goal[];
  /**
   * Shows the check-in at once and sends it with a new idempotency key; resolves when it is saved, rejects (after
   * rolling back, with the banner's Retry resending the same key) when it fails. A value the metric refuses rejects
   * with `INVALID_VALUE` naming the goal, and nothing is sent.
   */
  checkIn: (goalId: string, input: CheckInInput) => Promise<void>;
  /** Refuses (with core's CYCLE problem message) a move that would form a cycle, before anything is sent. */
  align: (
    goalId: string,
    parents: ParentEdge[],
  ) => { ok: true } | { ok: false; code: string; message: string; cycle?: string[] };
  status: GoalWriteStatus | null;
  dismiss: () => void;
  drafts: ReadonlyMap<string, CheckInDraft>;
  setDraft: (goalId: string, draft: CheckInDraft | undefined) => void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Check-ins and re-alignments for the tree: an idempotency key per write (a Retry resends it), an optimistic local
 * change that the next render's incremental rollup picks up (controlled trees), a rollback when the write is
 * rejected, drafts of typed values, and the status the banner and live region show.
 *
 * @example
 * const writes = useGoalTreeWrites({ goals, onCheckIn });
 * writes.checkIn('g-0002', { current: 42_000_000 });
 */
export function useGoalTreeWrites(options: GoalTreeWritesOptions): GoalTreeWrites {
  const { goals, onCheckIn, onAlign, optimisticInCache = false } = options;
  // Local changes belong to the list they were made on: when the host passes new goals, it has taken over.
  const [overlay, setOverlay] = useState<{ base: readonly Goal[]; changed: Map<string, Goal> }>(() => ({
    base: goals,
    changed: new Map(),
  }));
  const [status, setStatus] = useState<GoalWriteStatus | null>(null);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, CheckInDraft>>(() => new Map());

  const active = overlay.base === goals ? overlay.changed : undefined;
  const shown = useMemo(() => {
    if (!active || active.size === 0) return goals;
    let list: readonly Goal[] = goals;
    for (const goal of active.values()) list = replaceGoal(list, goal);
    return list;
  }, [goals, active]);

  const change = useCallback(
    (goal: Goal | undefined, id: string) => {
      if (optimisticInCache) return;
      setOverlay((previous) => {
        const changed = new Map(previous.base === goals ? previous.changed : undefined);
        if (goal) changed.set(id, goal);
        else changed.delete(id);
        return { base: goals, changed };
      });
    },
    [goals, optimisticInCache],
  );

  const run = useCallback(
    (
      status: Omit<GoalWriteStatus, 'state' | 'retry'>,
      send: () => unknown,
      apply: () => void,
      undo: () => void,
    ): Promise<void> => {
      const attempt = (): Promise<void> => {
        apply();
        setStatus({ ...status, state: 'pending' });
        let outcome: unknown;
        try {
          outcome = send();
        } catch (error) {
          outcome = Promise.reject(error);
        }
        return Promise.resolve(outcome).then(
          () => setStatus({ ...status, state: 'success' }),
          (error: unknown) => {
            undo();
            setStatus({
              ...status,
              state: 'error',
              message: messageOf(error),
              retry: () => void attempt().catch(() => {}),
            });
            throw error;
          },
        );
      };
      return attempt();
    },
    [],
  );

  const checkIn = useCallback(
    (goalId: string, input: CheckInInput): Promise<void> => {
      const goal = shown.find((g) => g.id === goalId);
      if (!goal) {
        return Promise.reject(
          new NorthstarError('UNKNOWN_ID', `check-in: no goal "${goalId}" in the tree`, { id: goalId }),
        );
      }
      if (!onCheckIn) {
        return Promise.reject(
          new NorthstarError('FORBIDDEN', `check-in on goal "${goalId}": the tree is read-only`, {
            id: goalId,
          }),
        );
      }
      if (input.current !== null) {
        const checked = checkCheckInValue(input.current, goal.metric);
        if (!checked.ok) {
          const rule =
            checked.reason === 'notBinary'
              ? 'a binary key result takes 0 or 1'
              : checked.reason === 'outOfRange'
                ? `allowed ${checked.min} to ${checked.max}`
                : 'not a finite number';
          return Promise.reject(
            new NorthstarError(
              'INVALID_VALUE',
              `check-in on goal "${goalId}": current ${String(input.current)} refused (${rule})`,
              { id: goalId, field: 'current', value: input.current },
            ),
          );
        }
      }
      const idempotencyKey = createIdempotencyKey();
      const next = withCheckIn(goal, input, {
        id: `pending-${idempotencyKey}`,
        at: new Date().toISOString(),
      });
      return run(
        { kind: 'checkIn', goalId },
        () => onCheckIn({ goalId, input, idempotencyKey }),
        () => change(next, goalId),
        () => change(undefined, goalId),
      );
    },
    [shown, onCheckIn, run, change],
  );

  const align = useCallback(
    (goalId: string, parents: ParentEdge[]) => {
      const plan = planAlignment(shown, goalId, parents);
      if (!plan.ok) {
        return { ok: false as const, code: plan.problem.code, message: plan.problem.message };
      }
      const goal = shown.find((g) => g.id === goalId);
      if (!goal || !onAlign) return { ok: true as const };
      const idempotencyKey = createIdempotencyKey();
      const moved = withParents(goal, parents);
      // The banner shows a failure; nobody awaits a move, so its rejection is handled here.
      run(
        { kind: 'align', goalId, parentId: parents[0]?.id },
        () => onAlign({ goalId, parents, idempotencyKey }),
        () => change(moved, goalId),
        () => change(undefined, goalId),
      ).catch(() => {});
      return { ok: true as const };
    },
    [shown, onAlign, run, change],
  );

  const setDraft = useCallback((goalId: string, draft: CheckInDraft | undefined) => {
    setDrafts((previous) => {
      const next = new Map(previous);
      if (draft) next.set(goalId, draft);
      else next.delete(goalId);
      return next;
    });
  }, []);
  const dismiss = useCallback(() => setStatus(null), []);

  return { goals: shown, checkIn, align, status, dismiss, drafts, setDraft };
}
