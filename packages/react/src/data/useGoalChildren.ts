import type { Goal } from '@northstar/core';
import type { NorthstarQueryOptions, NorthstarQueryResult } from './data.types.js';
import { northstarKeys } from './northstarKeys.js';
import { useNorthstarQuery } from './useNorthstarQuery.js';

/**
 * The goals aligned directly under `parentId`, for a lazy branch (`goals.listChildren`); idle (no request, no
 * error) while `parentId` is undefined, so a tree can call it for the branch being opened.
 *
 * @example
 * const { data: children, isLoading } = useGoalChildren(openingId);
 */
export function useGoalChildren(
  parentId: string | undefined,
  options?: NorthstarQueryOptions,
): NorthstarQueryResult<Goal[]> {
  return useNorthstarQuery({
    queryKey: northstarKeys.goalChildren(parentId ?? ''),
    domain: 'goals',
    method: 'listChildren',
    active: parentId !== undefined,
    run: (adapter, signal) => adapter.goals!.listChildren!(parentId!, { signal }),
    options,
  });
}
