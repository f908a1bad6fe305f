import type { CheckIn, Goal } from '@northstar/core';
import type { Viewer } from '../auth/viewer.js';
import type { Sql } from '../db/database.types.js';

const SELECT_GOAL = `
  select g.doc || (select case when count(*) = 0 then '{}'::jsonb
                               else jsonb_build_object('checkIns', jsonb_agg(c.doc order by c.at_ms, c.ord)) end
                      from goal_check_ins c where c.goal_id = g.id) as doc
    from goals g`;

/**
 * One goal with its check-ins (oldest first), or undefined; `lock` takes a row lock for the transaction.
 *
 * @example
 * const goal = await loadGoal(tx, 'g-0021', true);
 */
export async function loadGoal(sql: Sql, id: string, lock = false): Promise<Goal | undefined> {
  if (lock) await sql.query('select 1 from goals where id = $1 for update', [id]);
  const rows = await sql.query<{ doc: Goal }>(`${SELECT_GOAL} where g.id = $1`, [id]);
  return rows[0]?.doc;
}

/**
 * The goal with only its latest check-in (the one a new check-in is ordered against), for core's rules.
 *
 * @example
 * const goal = await loadGoalForCheckIn(tx, 'g-0021');
 */
export async function loadGoalForCheckIn(sql: Sql, id: string): Promise<Goal | undefined> {
  const rows = await sql.query<{ doc: Goal }>(
    `select g.doc || coalesce(
              (select jsonb_build_object('checkIns', jsonb_build_array(c.doc)) from goal_check_ins c
                where c.goal_id = g.id order by c.at_ms desc, c.ord desc limit 1),
              '{}'::jsonb) as doc
       from goals g where g.id = $1 for update of g`,
    [id],
  );
  return rows[0]?.doc;
}

/**
 * The SQL condition (and its parameter) limiting goals to what `viewer` may read.
 *
 * @example
 * const [where, param] = visibleGoals(viewer, 3); // "(… or g.owner_id in (…$3…))", ['["p-012", …]']
 */
export function visibleGoals(viewer: Viewer, param: number): [string, string] {
  // The parameter is referenced either way, so Postgres can type it.
  if (viewer.isHr) return [`($${param}::text::jsonb is not null)`, '[]'];
  const owners = JSON.stringify([viewer.person.id, ...viewer.below, ...viewer.above]);
  return [
    `(g.level in ('company', 'department') or g.owner_id is null
      or g.owner_id in (select jsonb_array_elements_text($${param}::text::jsonb)))`,
    owners,
  ];
}

/**
 * Goals matching the filters that `viewer` may read, in creation order.
 *
 * @example
 * const goals = await listGoals(db, viewer, { cycleId: '2026-h2' });
 */
export async function listGoals(
  sql: Sql,
  viewer: Viewer,
  query: { cycleId?: string; ownerId?: string; ids?: string[]; parentId?: string },
): Promise<Goal[]> {
  const [visible, owners] = visibleGoals(viewer, 1);
  const rows = await sql.query<{ doc: Goal }>(
    `${SELECT_GOAL}
      where ${visible}
        and ($2::text is null or g.cycle_id = $2)
        and ($3::text is null or g.owner_id = $3)
        and ($4::text::jsonb is null or g.id in (select jsonb_array_elements_text($4::text::jsonb)))
        and ($5::text is null or $5 = any(g.parent_ids))
      order by g.ord`,
    [
      owners,
      query.cycleId ?? null,
      query.ownerId ?? null,
      query.ids === undefined ? null : JSON.stringify(query.ids),
      query.parentId ?? null,
    ],
  );
  if (query.ids === undefined) return rows.map((row) => row.doc);
  // `ids` answers in the order asked, like the memory adapter.
  const byId = new Map(rows.map((row) => [row.doc.id, row.doc]));
  return [...new Set(query.ids)].flatMap((id) => {
    const goal = byId.get(id);
    return goal === undefined ? [] : [goal];
  });
}

/**
 * Goals (as `{ id, title, parentId, parents }` stubs) that exist among `ids`, plus every goal above them, so core
 * can check parents and alignment cycles against the stored graph.
 *
 * @example
 * const stubs = await ancestorStubs(tx, ['g-0003']);
 */
export async function ancestorStubs(sql: Sql, ids: readonly string[]): Promise<Goal[]> {
  if (ids.length === 0) return [];
  const rows = await sql.query<{ id: string; doc: Goal }>(
    `with recursive up(id) as (
       select id from goals where id in (select jsonb_array_elements_text($1::text::jsonb))
       union select p from goals g join up on g.id = up.id cross join unnest(g.parent_ids) as p)
     select g.id, g.doc from goals g join up on up.id = g.id`,
    [JSON.stringify(ids)],
  );
  return rows.map(({ doc }) => {
    const stub: Goal = { id: doc.id, title: doc.title };
    if (doc.parentId !== undefined) stub.parentId = doc.parentId;
    if (doc.parents !== undefined) stub.parents = doc.parents;
    return stub;
  });
}

/**
 * Ids of goals aligned directly under `id`.
 *
 * @example
 * const children = await childIds(tx, 'g-0001');
 */
export async function childIds(sql: Sql, id: string): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    'select id from goals where $1 = any(parent_ids) order by ord',
    [id],
  );
  return rows.map((row) => row.id);
}

/** The check-in core appended, found by id among the goal's check-ins. */
export function newCheckIn(before: Goal, after: Goal): CheckIn | undefined {
  const known = new Set((before.checkIns ?? []).map((c) => c.id));
  return (after.checkIns ?? []).find((c) => !known.has(c.id));
}
