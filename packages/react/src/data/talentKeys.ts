import type { PeopleQuery, TalentMoveQuery, TalentQuery } from '@northstar/core';
import { northstarKeys } from './northstarKeys.js';

/**
 * The react-query keys of the talent (9-box) and people domains, under `northstarKeys.all`, so hosts can invalidate
 * them after a change their own backend pushed.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: talentKeys.all() }); // every talent list and move history
 */
export const talentKeys = {
  all: () => [...northstarKeys.all, 'talent'] as const,
  lists: () => [...talentKeys.all(), 'list'] as const,
  list: (query: TalentQuery = {}) => [...talentKeys.lists(), query] as const,
  moveLists: () => [...talentKeys.all(), 'moves'] as const,
  moves: (query: TalentMoveQuery = {}) => [...talentKeys.moveLists(), query] as const,
  people: () => [...northstarKeys.all, 'people', 'list'] as const,
  peopleList: (query: PeopleQuery = {}) => [...talentKeys.people(), query] as const,
};
