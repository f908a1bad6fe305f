import type { PeopleQuery, Person } from '@northstar/core';
import type { NorthstarQueryOptions, NorthstarQueryResult } from './data.types.js';
import { talentKeys } from './talentKeys.js';
import { useNorthstarQuery } from './useNorthstarQuery.js';

/**
 * The people directory through the provider's adapter (`people.list`), for names, titles and reporting lines.
 *
 * @example
 * const { data: people } = usePeople({ department: 'Sales' });
 */
export function usePeople(
  query: PeopleQuery = {},
  options?: NorthstarQueryOptions,
): NorthstarQueryResult<Person[]> {
  return useNorthstarQuery({
    queryKey: talentKeys.peopleList(query),
    domain: 'people',
    method: 'list',
    active: true,
    run: (adapter, signal) => adapter.people!.list(query, { signal }),
    options,
  });
}
