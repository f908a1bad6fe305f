import type { Person } from '@northstar/core';
import { reportsOf } from './filterPeople.js';
import type { NineBoxFilter } from './nineBox.types.js';
import type { NineBoxTranslate } from './nineBoxText.types.js';

/**
 * One step of the drill-down: its label, the filter it applies and how many people it holds.
 *
 * @example
 * const s: ScopeStep = { label: 'Department Sales', filter: { department: 'Sales' }, count: 42 };
 */
export interface ScopeStep {
  label: string;
  filter: NineBoxFilter;
  count: number;
}

/**
 * The multi-level view (company → department → manager → their managers): where the filter stands (breadcrumbs
 * from the company down) and where it can drill into next.
 *
 * @example
 * const scope = resolveScope(people, { department: 'Sales' }, t);
 * scope.children.map((c) => c.label); // ['Team of Grace Hopper', …]
 */
export interface ScopeModel {
  breadcrumbs: ScopeStep[];
  children: ScopeStep[];
}

/**
 * The drill-down model for a filter: a department's children are its managers (people with reports in it) whose own
 * manager is outside it, a manager's children the managers among their direct reports.
 *
 * @example
 * resolveScope(people, {}, t).children[0]!.label; // 'Department Engineering'
 */
export function resolveScope(
  people: readonly Person[],
  filter: NineBoxFilter,
  t: NineBoxTranslate,
  locale = 'en-US',
): ScopeModel {
  const collator = new Intl.Collator(locale);
  const byId = new Map(people.map((p) => [p.id, p]));
  const managers = new Set<string>();
  for (const p of people) if (typeof p.managerId === 'string') managers.add(p.managerId);
  const teamStep = (id: string, department?: string): ScopeStep => {
    const team = reportsOf(people, id, 'all');
    let count = team.size;
    if (department !== undefined)
      count = [...team].filter((m) => byId.get(m)?.department === department).length;
    const f: NineBoxFilter = { managerId: id };
    if (department !== undefined) f.department = department;
    return { label: t('nineBox.scopeManager', { name: byId.get(id)?.name ?? id }), filter: f, count };
  };
  const departmentStep = (department: string): ScopeStep => ({
    label: t('nineBox.scopeDepartment', { department }),
    filter: { department },
    count: people.filter((p) => p.department === department).length,
  });
  const breadcrumbs: ScopeStep[] = [{ label: t('nineBox.scopeCompany'), filter: {}, count: people.length }];
  const { department, managerId } = filter;
  if (department !== undefined) breadcrumbs.push(departmentStep(department));
  if (managerId !== undefined) {
    // The chain of managers from the top of the department (or company) down to this one.
    const chain: string[] = [];
    const seen = new Set<string>();
    for (let id: string | null | undefined = managerId; typeof id === 'string' && !seen.has(id); ) {
      seen.add(id);
      const person = byId.get(id);
      if (department !== undefined && person?.department !== department && id !== managerId) break;
      chain.unshift(id);
      id = person?.managerId;
    }
    for (const id of chain) breadcrumbs.push(teamStep(id, department));
  }
  let children: ScopeStep[];
  if (managerId !== undefined) {
    children = people
      .filter((p) => p.managerId === managerId && managers.has(p.id))
      .filter((p) => department === undefined || p.department === department)
      .map((p) => teamStep(p.id, department));
  } else if (department !== undefined) {
    children = people
      .filter((p) => p.department === department && managers.has(p.id))
      .filter((p) => byId.get(p.managerId ?? '')?.department !== department)
      .map((p) => teamStep(p.id, department));
  } else {
    const departments = [...new Set(people.map((p) => p.department).filter((d): d is string => !!d))];
    children = departments.sort(collator.compare).map(departmentStep);
  }
  children.sort((a, b) => collator.compare(a.label, b.label));
  return { breadcrumbs, children };
}
