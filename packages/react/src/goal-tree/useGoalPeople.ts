import type { Person } from '@northstar/core';
import { northstarKeys } from '../data/northstarKeys.js';
import { useNorthstarQuery } from '../data/useNorthstarQuery.js';

const ALL_PEOPLE = {};

/**
 * Connected mode: the people directory (`people.list`), for owner names and initials. A failure, or an adapter
 * without people, is not an error state for the tree: owners then show their ids.
 *
 * @example
 * const people = useGoalPeople(props.people === undefined);
 */
export function useGoalPeople(enabled: boolean): readonly Person[] | undefined {
  // The same query key as the KPI table's owner names, so a dashboard loads the directory once.
  const people = useNorthstarQuery({
    queryKey: [...northstarKeys.all, 'people', 'list', ALL_PEOPLE],
    domain: 'people',
    method: 'list',
    active: enabled,
    run: (adapter, signal) => adapter.people!.list(ALL_PEOPLE, { signal }),
    options: { retry: false, staleTime: 5 * 60_000 },
  });
  return people.data;
}
