import type { FeedbackRequestQuery, Goal, PeopleQuery } from '@northstar/core';
import { useQuery } from '@tanstack/react-query';
import { portalAdapter } from './portalAdapter';

/** The review cycle the demo runs in (the sample organisation has one). */
export const CYCLE_ID = '2026-h2';
export const TEMPLATE_ID = 'h2-360';

// The portal's own cache keys: ['portal', <domain>, …], so live updates can invalidate them by domain.
export const portalKeys = {
  goals: (cycleId: string) => ['portal', 'goals', cycleId] as const,
  people: (query: PeopleQuery) => ['portal', 'people', query] as const,
  requests: (query: FeedbackRequestQuery) => ['portal', 'feedback', 'requests', query] as const,
  talent: (cycleId: string) => ['portal', 'talent', cycleId] as const,
  talentMoves: (cycleId: string) => ['portal', 'talentMoves', cycleId] as const,
};

/** Every goal of the cycle (the rollup needs the whole tree to compute any objective's progress). */
export function useCycleGoals() {
  return useQuery({
    queryKey: portalKeys.goals(CYCLE_ID),
    queryFn: ({ signal }) => portalAdapter.goals.list({ cycleId: CYCLE_ID }, { signal }),
  });
}

export function usePeople(query: PeopleQuery, enabled = true) {
  return useQuery({
    queryKey: portalKeys.people(query),
    queryFn: ({ signal }) => portalAdapter.people.list(query, { signal }),
    enabled,
  });
}

export function useFeedbackRequests(query: FeedbackRequestQuery) {
  return useQuery({
    queryKey: portalKeys.requests(query),
    queryFn: ({ signal }) => portalAdapter.feedback.listRequests(query, { signal }),
  });
}

export function useTalent(enabled = true) {
  return useQuery({
    queryKey: portalKeys.talent(CYCLE_ID),
    queryFn: ({ signal }) => portalAdapter.talent.list({ cycleId: CYCLE_ID }, { signal }),
    enabled,
  });
}

export function useTalentMoves(enabled = true) {
  return useQuery({
    queryKey: portalKeys.talentMoves(CYCLE_ID),
    queryFn: ({ signal }) => portalAdapter.talent.listMoves({ cycleId: CYCLE_ID }, { signal }),
    enabled,
  });
}

/** Goals by id, for walking from a key result up to its company objective. */
export function indexGoals(goals: readonly Goal[]): Map<string, Goal> {
  return new Map(goals.map((g) => [g.id, g]));
}
