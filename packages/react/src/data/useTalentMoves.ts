import type { TalentMoveQuery, TalentMoveRecord } from '@northstar/core';
import type { NorthstarQueryOptions, NorthstarQueryResult } from './data.types.js';
import { talentKeys } from './talentKeys.js';
import { useNorthstarQuery } from './useNorthstarQuery.js';

/**
 * The recorded 9-box moves (`talent.listMoves`), oldest first, for the move history; `NOT_SUPPORTED` when the
 * adapter keeps no history.
 *
 * @example
 * const { data: moves } = useTalentMoves({ cycleId: '2026-h2' });
 */
export function useTalentMoves(
  query: TalentMoveQuery = {},
  options?: NorthstarQueryOptions,
): NorthstarQueryResult<TalentMoveRecord[]> {
  return useNorthstarQuery({
    queryKey: talentKeys.moves(query),
    domain: 'talent',
    method: 'listMoves',
    active: true,
    run: (adapter, signal) => adapter.talent!.listMoves!(query, { signal }),
    options,
  });
}
