import type { Goal } from '@northstar/core';
import type { QueryClient, QueryFilters, QueryKey } from '@tanstack/react-query';
import { northstarKeys } from './northstarKeys.js';

/** Every cached list a goal can appear in: `goals.list` results and lazily loaded children. */
const GOAL_LISTS: QueryFilters[] = [
  { queryKey: northstarKeys.goalLists() },
  { queryKey: northstarKeys.goalChildrenLists() },
];

/**
 * A snapshot of every cached goal list, to put back when a write fails.
 *
 * @example
 * const snapshot = await snapshotGoalLists(client);
 */
export async function snapshotGoalLists(client: QueryClient): Promise<Array<[QueryKey, unknown]>> {
  // An in-flight read would land after the optimistic change and overwrite it; the refetch comes on settle.
  await Promise.all(GOAL_LISTS.map((filters) => client.cancelQueries(filters)));
  return GOAL_LISTS.flatMap((filters) => client.getQueriesData(filters));
}

/**
 * Replaces goal `id` in every cached list by `update(goal)`; the other goals keep their identity, so the tree
 * recomputes just the changed path.
 *
 * @example
 * patchGoalLists(client, 'g-0002', (goal) => withCheckIn(goal, input, meta));
 */
export function patchGoalLists(client: QueryClient, id: string, update: (goal: Goal) => Goal): void {
  for (const filters of GOAL_LISTS) {
    client.setQueriesData<Goal[]>(filters, (list) => {
      if (!list) return list;
      const at = list.findIndex((goal) => goal.id === id);
      if (at === -1) return list;
      const next = list.slice();
      next[at] = update(list[at]!);
      return next;
    });
  }
}

/**
 * Puts a snapshot back (rollback after a failed write).
 *
 * @example
 * restoreGoalLists(client, snapshot);
 */
export function restoreGoalLists(client: QueryClient, snapshot: ReadonlyArray<[QueryKey, unknown]>): void {
  for (const [key, data] of snapshot) client.setQueryData(key, data);
}

/**
 * Marks every goal query stale and refetches the active ones.
 *
 * @example
 * await invalidateGoals(client);
 */
export function invalidateGoals(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: northstarKeys.goals() });
}
