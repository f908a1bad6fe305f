import type { Person } from '@northstar/core';
import type { NineBoxFilter } from './nineBox.types.js';

/**
 * Everyone below `managerId` in the reporting tree (or only the direct reports), iteratively so deep trees are safe;
 * a cycle in `managerId` links is walked once.
 *
 * @example
 * reportsOf(people, 'p-002', 'direct'); // Set { 'p-010', 'p-011' }
 */
export function reportsOf(
  people: readonly Person[],
  managerId: string,
  reports: 'direct' | 'all' = 'all',
): Set<string> {
  const children = new Map<string, string[]>();
  for (const p of people) {
    if (typeof p.managerId !== 'string') continue;
    const list = children.get(p.managerId);
    if (list) list.push(p.id);
    else children.set(p.managerId, [p.id]);
  }
  const found = new Set<string>();
  const queue = [...(children.get(managerId) ?? [])];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (found.has(id) || id === managerId) continue;
    found.add(id);
    if (reports === 'all') queue.push(...(children.get(id) ?? []));
  }
  return found;
}

/**
 * A predicate over person ids for a filter: department and manager must both match when both are given; a person
 * missing from the directory matches only an empty filter.
 *
 * @example
 * const keep = matchFilter(people, { department: 'Sales' });
 * records.filter((r) => keep(r.personId));
 */
export function matchFilter(
  people: readonly Person[],
  filter: NineBoxFilter | undefined,
): (personId: string) => boolean {
  if (!filter || (filter.department === undefined && filter.managerId === undefined)) return () => true;
  const byId = new Map(people.map((p) => [p.id, p]));
  const team = filter.managerId === undefined ? null : reportsOf(people, filter.managerId, filter.reports);
  return (personId) => {
    const person = byId.get(personId);
    if (!person) return false;
    if (filter.department !== undefined && person.department !== filter.department) return false;
    return team === null || team.has(personId);
  };
}
