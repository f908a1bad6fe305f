import type { Person } from '@northstar/core';
import type { CyclesAdapter, PeopleAdapter } from '@northstar/core/adapters';
import { path, type Transport } from './createTransport.js';

/**
 * The people directory over `/api/people` (`managerId: null` is sent as `managerId=`, "no manager").
 *
 * @example
 * const people = restPeople(createTransport({ baseUrl: '/api' }));
 */
export function restPeople(transport: Transport): Required<PeopleAdapter> {
  const { read } = transport;
  return {
    list: async (query, options) =>
      query?.ids?.length === 0
        ? []
        : read<Person[]>(
            'people.list',
            '/people',
            {
              ids: query?.ids,
              managerId: query?.managerId,
              department: query?.department,
              search: query?.search,
            },
            options,
          ),
    get: (id, options) => read('people.get', path`/people/${id}`, {}, options),
  };
}

/**
 * Review cycles over `/api/cycles`.
 *
 * @example
 * const cycles = restCycles(createTransport({ baseUrl: '/api' }));
 */
export function restCycles(transport: Transport): Required<CyclesAdapter> {
  const { read } = transport;
  return {
    list: (options) => read('cycles.list', '/cycles', {}, options),
    get: (id, options) => read('cycles.get', path`/cycles/${id}`, {}, options),
  };
}
