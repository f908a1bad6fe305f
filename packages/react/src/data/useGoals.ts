import type { Goal, GoalQuery } from '@northstar/core';
import type { NorthstarQueryOptions, NorthstarQueryResult } from './data.types.js';
import { northstarKeys } from './northstarKeys.js';
import { useNorthstarQuery } from './useNorthstarQuery.js';

/**
 * The goals matching `query` (e.g. one cycle), loaded through the provider's adapter (`goals.list`) with caching,
 * abort on unmount and retry; an error state with code `NOT_SUPPORTED` or `NO_ADAPTER` when the adapter cannot
 * list goals.
 *
 * @example
 * const { status, data: goals = [], refetch } = useGoals({ cycleId: '2026-h2' });
 */
export function useGoals(
  query: GoalQuery = {},
  options?: NorthstarQueryOptions,
): NorthstarQueryResult<Goal[]> {
  return useNorthstarQuery({
    queryKey: northstarKeys.goalList(query),
    domain: 'goals',
    method: 'list',
    active: true,
    run: (adapter, signal) => adapter.goals!.list(query, { signal }),
    options,
  });
}
