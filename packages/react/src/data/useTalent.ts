import type { TalentQuery, TalentRecord } from '@northstar/core';
import type { NorthstarQueryOptions, NorthstarQueryResult } from './data.types.js';
import { talentKeys } from './talentKeys.js';
import { useNorthstarQuery } from './useNorthstarQuery.js';

/**
 * The talent-review records of a cycle through the provider's adapter (`talent.list`), cached, aborted on unmount
 * and retried; an error state with code `NOT_SUPPORTED` or `NO_ADAPTER` when the adapter has no talent domain.
 *
 * @example
 * const { status, data: records, refetch } = useTalent({ cycleId: '2026-h2' });
 */
export function useTalent(
  query: TalentQuery = {},
  options?: NorthstarQueryOptions,
): NorthstarQueryResult<TalentRecord[]> {
  return useNorthstarQuery({
    queryKey: talentKeys.list(query),
    domain: 'talent',
    method: 'list',
    active: true,
    run: (adapter, signal) => adapter.talent!.list(query, { signal }),
    options,
  });
}
