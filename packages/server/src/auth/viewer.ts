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
  const rows = await sql.query<{ doc: Person }>('select doc from people where id = $1', [personId]);
  const person = rows[0]?.doc;
  if (person === undefined) return undefined;
  const below = await sql.query<{ id: string }>(
    `with recursive chain(id) as (
       select id from people where manager_id = $1
       union select p.id from people p join chain c on p.manager_id = c.id)
     select id from chain`,
    [personId],
  );
  const above = await sql.query<{ id: string }>(
    `with recursive chain(id, manager_id) as (
       select id, manager_id from people where id = $1
       union select p.id, p.manager_id from people p join chain c on p.id = c.manager_id)
     select id from chain where id <> $1`,
    [personId],
  );
  const isHr =
    (rules.hrAdminIds ?? []).includes(personId) || person.department === (rules.hrDepartment ?? 'People');
  const belowSet = new Set(below.map((row) => row.id));
  const role: Role = isHr ? 'hr-admin' : belowSet.size > 0 ? 'manager' : 'employee';
  return {
    person,
    role,
    isHr,
    below: belowSet,
    above: new Set(above.map((row) => row.id)),
    managesOrIs: (id) => id !== undefined && (id === personId || belowSet.has(id)),
  };
}
