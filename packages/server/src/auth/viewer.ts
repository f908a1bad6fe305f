import type { Person } from '@northstar/core';
import type { Sql } from '../db/database.types.js';

/**
 * A role derived from the data: HR admins by department (or explicit ids), managers because someone reports to them.
 *
 * @example
 * const role: Role = 'manager';
 */
export type Role = 'employee' | 'manager' | 'hr-admin';

/**
 * Who is calling and what follows from where they sit in the org chart.
 *
 * @example
 * if (viewer.isHr || viewer.below.has(goal.ownerId)) allowCheckIn();
 */
export interface Viewer {
  person: Person;
  role: Role;
  isHr: boolean;
  /** Everyone reporting to this person, directly or through others. */
  below: ReadonlySet<string>;
  /** This person's managers, up to the top. */
  above: ReadonlySet<string>;
  /** `self`, or someone this person manages (directly or not). */
  managesOrIs(personId: string | undefined): boolean;
}

/**
 * Rules deciding who is an HR admin.
 *
 * @example
 * const rules: RoleRules = { hrDepartment: 'People', hrAdminIds: ['p-004'] };
 */
export interface RoleRules {
  /** People in this department are HR admins (default `People`). */
  hrDepartment?: string;
  /** These people are HR admins whatever their department. */
  hrAdminIds?: readonly string[];
}

/**
 * Loads the viewer for `personId`, or undefined when no such person exists.
 *
 * @example
 * const viewer = await loadViewer(db, 'p-012', {});
 */
export async function loadViewer(sql: Sql, personId: string, rules: RoleRules): Promise<Viewer | undefined> {
  // One round trip: the person, everyone below them and everyone above them.
  const rows = await sql.query<{ doc: Person; below: string[] | null; above: string[] | null }>(
    `select p.doc,
            (with recursive chain(id) as (
               select id from people where manager_id = p.id
               union select c2.id from people c2 join chain c on c2.manager_id = c.id)
             select array_agg(id) from chain) as below,
            (with recursive chain(id, manager_id) as (
               select id, manager_id from people where id = p.manager_id
               union select u.id, u.manager_id from people u join chain c on u.id = c.manager_id)
             select array_agg(id) from chain) as above
       from people p where p.id = $1`,
    [personId],
  );
  const person = rows[0]?.doc;
  if (person === undefined) return undefined;
  const below = rows[0]!.below ?? [];
  const above = rows[0]!.above ?? [];
  const isHr =
    (rules.hrAdminIds ?? []).includes(personId) || person.department === (rules.hrDepartment ?? 'People');
  const belowSet = new Set(below);
  const role: Role = isHr ? 'hr-admin' : belowSet.size > 0 ? 'manager' : 'employee';
  return {
    person,
    role,
    isHr,
    below: belowSet,
    above: new Set(above),
    managesOrIs: (id) => id !== undefined && (id === personId || belowSet.has(id)),
  };
}

/**
 * Remembers viewers for `ttlMs`: the directory is read-only through the API (the HR system owns it), so the org
 * chart below and above a person changes only when it is re-imported; the cache bounds how stale a role can be.
 *
 * @example
 * const viewers = createViewerCache(db, rules, 30_000);
 * const viewer = await viewers.get('p-012');
 */
export function createViewerCache(sql: Sql, rules: RoleRules, ttlMs: number) {
  const cache = new Map<string, { at: number; viewer: Promise<Viewer | undefined> }>();
  return {
    get(personId: string): Promise<Viewer | undefined> {
      const now = Date.now();
      const hit = cache.get(personId);
      if (hit !== undefined && now - hit.at < ttlMs) return hit.viewer;
      if (cache.size > 10_000) cache.clear();
      const viewer = loadViewer(sql, personId, rules);
      cache.set(personId, { at: now, viewer });
      // A failed or missing lookup is not remembered.
      viewer.then(
        (v) => v === undefined && cache.delete(personId),
        () => cache.delete(personId),
      );
      return viewer;
    },
  };
}
