import { useMemo } from 'react';
import { northstarKeys } from '../data/northstarKeys.js';
import { useNorthstarQuery } from '../data/useNorthstarQuery.js';
import { namesById } from './buildKpiRows.js';

const NO_NAMES: Readonly<Record<string, string>> = {};
const ALL_PEOPLE = {};

/**
 * Connected mode: owner names from the adapter's `people.list`. A failure (or an adapter without people) is not an
 * error state for the table: owners then show their ids, and the KPIs themselves still render.
 *
 * @example
 * const names = useOwnerNames(props.people === undefined);
 */
export function useOwnerNames(enabled: boolean): Readonly<Record<string, string>> {
  const people = useNorthstarQuery({
    queryKey: [...northstarKeys.all, 'people', 'list', ALL_PEOPLE],
    domain: 'people',
    method: 'list',
    active: enabled,
    run: (adapter, signal) => adapter.people!.list(ALL_PEOPLE, { signal }),
    options: { retry: false, staleTime: 5 * 60_000 },
  });
  return useMemo(() => (people.data ? namesById(people.data) : NO_NAMES), [people.data]);
}
