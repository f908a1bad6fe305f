import type { GoalQuery, KpiHistoryRange, KpiQuery } from '@northstar/core';

/**
 * Every react-query key Northstar uses, from broad to narrow, so hosts can invalidate or prefetch precisely
 * (e.g. after a change pushed by their own backend).
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: northstarKeys.kpis() }); // every KPI list, detail and history
 * queryClient.invalidateQueries({ queryKey: northstarKeys.kpi('k-001') });
 */
export const northstarKeys = {
  all: ['northstar'] as const,
  kpis: () => [...northstarKeys.all, 'kpis'] as const,
  kpiLists: () => [...northstarKeys.kpis(), 'list'] as const,
  kpiList: (query: KpiQuery = {}) => [...northstarKeys.kpiLists(), query] as const,
  kpiDetails: () => [...northstarKeys.kpis(), 'detail'] as const,
  kpi: (id: string) => [...northstarKeys.kpiDetails(), id] as const,
  kpiHistories: (kpiId: string) => [...northstarKeys.kpis(), 'history', kpiId] as const,
  kpiHistory: (kpiId: string, range: KpiHistoryRange = {}) =>
    [...northstarKeys.kpiHistories(kpiId), range] as const,
  goals: () => [...northstarKeys.all, 'goals'] as const,
  goalLists: () => [...northstarKeys.goals(), 'list'] as const,
  goalList: (query: GoalQuery = {}) => [...northstarKeys.goalLists(), query] as const,
  goalChildrenLists: () => [...northstarKeys.goals(), 'children'] as const,
  goalChildren: (parentId: string) => [...northstarKeys.goalChildrenLists(), parentId] as const,
};
