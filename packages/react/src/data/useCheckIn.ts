import type { CheckInInput } from '@northstar/core';
import { withCheckIn } from './goalRecords.js';
import { type GoalWriteResult, useGoalWrite } from './useGoalWrite.js';

/**
 * What `useCheckIn().mutate` takes: the goal, the check-in and, rarely, your own idempotency key.
 *
 * @example
 * const vars: CheckInVariables = { goalId: 'g-0002', input: { current: 42_000_000, note: 'Q3 close' } };
 */
export interface CheckInVariables {
  goalId: string;
  input: CheckInInput;
  /** Generated per call when omitted; `retry()` resends the same key. */
  idempotencyKey?: string;
}

const SEND: Parameters<typeof useGoalWrite<CheckInVariables>>[0] = {
  method: 'checkIn',
  send: (adapter, { goalId, input, idempotencyKey }) =>
    adapter.goals!.checkIn!(goalId, input, { idempotencyKey }),
  apply: (goal, { input, idempotencyKey }) =>
    withCheckIn(goal, input, { id: `pending-${idempotencyKey ?? ''}`, at: new Date().toISOString() }),
};

/**
 * Records a check-in on a goal through `adapter.goals.checkIn` with an idempotency key: every cached goal list
 * shows the new value at once (a tree recomputes only the path to the root), rolls back on failure with `error`
 * for a visible message, and `retry()` resends with the same key.
 *
 * @example
 * const checkIn = useCheckIn();
 * checkIn.mutate({ goalId: 'g-0002', input: { current: 42_000_000 } });
 * if (checkIn.status === 'error') return <button onClick={checkIn.retry}>Retry</button>;
 */
export function useCheckIn(): GoalWriteResult<CheckInVariables> {
  return useGoalWrite(SEND);
}
