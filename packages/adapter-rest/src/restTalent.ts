import type { TalentAdapter } from '@northstar/core/adapters';
import { path, type Transport } from './createTransport.js';

/**
 * The talent (9-box) domain over `/api/talent`.
 *
 * @example
 * const talent = restTalent(createTransport({ baseUrl: '/api' }));
 */
export function restTalent(transport: Transport): Required<TalentAdapter> {
  const { read, write } = transport;
  return {
    list: (query, options) => read('talent.list', '/talent', { cycleId: query?.cycleId }, options),
    move: (personId, move, options) =>
      write('talent.move', 'POST', path`/talent/${personId}/moves`, move, options),
    listMoves: (query, options) =>
      read(
        'talent.listMoves',
        '/talent/moves',
        { cycleId: query?.cycleId, personId: query?.personId },
        options,
      ),
  };
}
