import type { ParentEdge } from '@northstar/core';
import { withParents } from './goalRecords.js';
import { type GoalWriteResult, useGoalWrite } from './useGoalWrite.js';

/**
 * What `useAlignGoal().mutate` takes: the goal and its new parent edges (they replace the old ones).
 *
 * @example
 * const vars: AlignGoalVariables = { goalId: 'g-0009', parents: [{ id: 'g-0003', weight: 1 }] };
 */
export interface AlignGoalVariables {
  goalId: string;
  parents: readonly ParentEdge[];
  /** Generated per call when omitted; `retry()` resends the same key. */
  idempotencyKey?: string;
}

const SEND: Parameters<typeof useGoalWrite<AlignGoalVariables>>[0] = {
  method: 'align',
  send: (adapter, { goalId, parents, idempotencyKey }) =>
    adapter.goals!.align!(goalId, parents, { idempotencyKey }),
  apply: (goal, { parents }) => withParents(goal, parents),
};

/**
 * Re-aligns a goal under new parents through `adapter.goals.align` with an idempotency key, optimistically in
 * every cached goal list, rolling back on failure (a `CYCLE` from the adapter comes back as `error` with code
 * `REJECTED`). Check the move with core first (the goal tree runs core's `rollup` over the moved goals, which
 * refuses a cycle) so a cycle is never sent.
 *
 * @example
 * const align = useAlignGoal();
 * align.mutate({ goalId: 'g-0009', parents: [{ id: 'g-0003' }] });
 */
export function useAlignGoal(): GoalWriteResult<AlignGoalVariables> {
  return useGoalWrite(SEND);
}
