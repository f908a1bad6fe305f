import type { CheckIn, CheckInInput, Goal, ParentEdge } from '@northstar/core';

/**
 * The goal as it will look after a check-in (what the adapter contract says `checkIn` does): the metric's
 * `current` (a binary metric's `done`) takes the value, and the check-in joins the history.
 *
 * @example
 * withCheckIn(goal, { current: 42 }, { id: 'pending', at: '2026-10-01T09:00:00.000Z' }).metric; // { …, current: 42 }
 */
export function withCheckIn(goal: Goal, input: CheckInInput, meta: { id: string; at: string }): Goal {
  const checkIn: CheckIn = { id: meta.id, goalId: goal.id, at: input.at ?? meta.at, current: input.current };
  if (input.note !== undefined && input.note !== '') checkIn.note = input.note;
  if (input.authorId !== undefined) checkIn.authorId = input.authorId;
  const next: Goal = { ...goal, checkIns: [...(goal.checkIns ?? []), checkIn] };
  const metric = goal.metric;
  if (metric !== undefined && input.current !== null) {
    next.metric =
      metric.kind === 'binary'
        ? { ...metric, done: input.current === 1 }
        : { ...metric, current: input.current };
  }
  return next;
}

/**
 * The goal re-aligned to `parents` (replacing `parentId` and `parents`, as `goals.align` stores it).
 *
 * @example
 * withParents(goal, [{ id: 'g-0003', weight: 0.5 }]).parents; // [{ id: 'g-0003', weight: 0.5 }]
 */
export function withParents(goal: Goal, parents: readonly ParentEdge[]): Goal {
  const { parentId: _old, ...rest } = goal;
  return { ...rest, parents: parents.map((edge) => ({ ...edge })) };
}
