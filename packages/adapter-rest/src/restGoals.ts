import type { Goal } from '@northstar/core';
import type { GoalsAdapter } from '@northstar/core/adapters';
import { path, type Transport } from './createTransport.js';

/**
 * The goals domain over `/api/goals`.
 *
 * @example
 * const goals = restGoals(createTransport({ baseUrl: '/api' }));
 */
export function restGoals(transport: Transport): Required<GoalsAdapter> {
  const { read, write } = transport;
  return {
    // An empty id list matches nothing: answer locally instead of asking for every goal.
    list: async (query, options) =>
      query?.ids?.length === 0
        ? []
        : read<Goal[]>(
            'goals.list',
            '/goals',
            { cycleId: query?.cycleId, ownerId: query?.ownerId, ids: query?.ids },
            options,
          ),
    get: (id, options) => read('goals.get', path`/goals/${id}`, {}, options),
    listChildren: (id, options) => read('goals.listChildren', path`/goals/${id}/children`, {}, options),
    create: (input, options) => write('goals.create', 'POST', '/goals', input, options),
    update: (id, patch, options) => write('goals.update', 'PATCH', path`/goals/${id}`, patch, options),
    checkIn: (id, input, options) =>
      write('goals.checkIn', 'POST', path`/goals/${id}/check-ins`, input, options),
    align: (id, parents, options) =>
      write('goals.align', 'PUT', path`/goals/${id}/parents`, { parents }, options),
    remove: async (id, options) => {
      await write('goals.remove', 'DELETE', path`/goals/${id}`, undefined, options);
    },
  };
}
