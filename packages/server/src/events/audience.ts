import type { Viewer } from '../auth/viewer.js';

/**
 * Who may learn that a record changed; stored with each event so a removed record can still be filtered.
 *
 * @example
 * const audience: Audience = { scope: 'goal', level: 'person', ownerId: 'p-012' };
 */
export type Audience =
  | { scope: 'all' }
  | { scope: 'goal'; level?: string; ownerId?: string }
  | { scope: 'people'; people: string[]; managersOf: string[] }
  | { scope: 'talent'; personId: string };

/**
 * Whether `viewer` may see a goal of this level and owner: HR admins, company and department goals, goals without
 * an owner, their own, their reports' (the whole chain below) and their managers' (what their work aligns to).
 *
 * @example
 * canSeeGoal(viewer, { level: 'person', ownerId: 'p-030' });
 */
export function canSeeGoal(viewer: Viewer, goal: { level?: string; ownerId?: string }): boolean {
  if (viewer.isHr) return true;
  if (goal.level === 'company' || goal.level === 'department') return true;
  const owner = goal.ownerId;
  if (owner === undefined || owner === null) return true;
  return viewer.managesOrIs(owner) || viewer.above.has(owner);
}

/**
 * Whether `viewer` may see a change with this audience.
 *
 * @example
 * canSee(viewer, { scope: 'talent', personId: 'p-030' }); // HR admins and p-030's managers
 */
export function canSee(viewer: Viewer, audience: Audience): boolean {
  if (audience.scope === 'all') return true;
  if (audience.scope === 'goal') return canSeeGoal(viewer, audience);
  if (viewer.isHr) return true;
  if (audience.scope === 'talent') return viewer.below.has(audience.personId);
  return audience.people.includes(viewer.person.id) || audience.managersOf.some((id) => viewer.below.has(id));
}
