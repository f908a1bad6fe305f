import type { CheckIn, FeedbackRequest, FeedbackResponse, Goal, TalentRecord } from '@northstar/core';
import type { Sql } from './database.types.js';

/** A goal's parent ids, from `parentId` and `parents` alike. */
export function parentIdsOf(goal: Goal): string[] {
  const ids = goal.parentId === undefined || goal.parentId === null ? [] : [goal.parentId];
  for (const edge of goal.parents ?? []) ids.push(edge.id);
  return ids;
}

/** The goal as stored: check-ins live in their own table. */
function goalDoc(goal: Goal): Omit<Goal, 'checkIns'> {
  const { checkIns: _checkIns, ...doc } = goal;
  return doc;
}

/**
 * Inserts or replaces goals (without their check-ins), keeping the filter columns in step with the document.
 *
 * @example
 * await saveGoals(tx, [goal]);
 */
export async function saveGoals(sql: Sql, goals: readonly Goal[]): Promise<void> {
  if (goals.length === 0) return;
  const rows = goals.map((goal) => ({ ...goalDoc(goal), __parents: parentIdsOf(goal) }));
  await sql.query(
    `insert into goals (id, cycle_id, owner_id, level, parent_ids, doc)
     select d->>'id', d->>'cycleId', d->>'ownerId', d->>'level',
            array(select jsonb_array_elements_text(d->'__parents')), d - '__parents'
       from jsonb_array_elements($1::text::jsonb) with ordinality as t(d, n) order by n
     on conflict (id) do update set cycle_id = excluded.cycle_id, owner_id = excluded.owner_id,
       level = excluded.level, parent_ids = excluded.parent_ids, doc = excluded.doc`,
    [JSON.stringify(rows)],
  );
}

/**
 * Appends check-ins (their order among equal times is the order given).
 *
 * @example
 * await insertCheckIns(tx, [{ id: 'ci-1', goalId: 'g-1', at: '2026-11-02T09:00:00Z', current: 4 }]);
 */
export async function insertCheckIns(sql: Sql, checkIns: readonly CheckIn[]): Promise<void> {
  if (checkIns.length === 0) return;
  const rows = checkIns.map((c) => ({ ...c, __at: Date.parse(c.at) }));
  await sql.query(
    `insert into goal_check_ins (id, goal_id, at_ms, doc)
     select d->>'id', d->>'goalId', (d->>'__at')::double precision, d - '__at'
       from jsonb_array_elements($1::text::jsonb) with ordinality as t(d, n) order by n`,
    [JSON.stringify(rows)],
  );
}

/**
 * Inserts or replaces talent records, keyed by person and cycle ('' for none).
 *
 * @example
 * await saveTalent(tx, [record]);
 */
export async function saveTalent(sql: Sql, records: readonly TalentRecord[]): Promise<void> {
  if (records.length === 0) return;
  await sql.query(
    `insert into talent (person_id, cycle_key, doc)
     select d->>'personId', coalesce(d->>'cycleId', ''), d
       from jsonb_array_elements($1::text::jsonb) with ordinality as t(d, n) order by n
     on conflict (person_id, cycle_key) do update set doc = excluded.doc`,
    [JSON.stringify(records)],
  );
}

/**
 * Inserts feedback responses.
 *
 * @example
 * await insertResponses(tx, [response]);
 */
export async function insertResponses(sql: Sql, responses: readonly FeedbackResponse[]): Promise<void> {
  if (responses.length === 0) return;
  await sql.query(
    `insert into feedback_responses (id, template_id, subject_id, rater_id, doc)
     select d->>'id', d->>'templateId', d->>'subjectId', d->>'raterId', d
       from jsonb_array_elements($1::text::jsonb) with ordinality as t(d, n) order by n`,
    [JSON.stringify(responses)],
  );
}

/**
 * Inserts or replaces feedback requests.
 *
 * @example
 * await saveRequests(tx, [request]);
 */
export async function saveRequests(sql: Sql, requests: readonly FeedbackRequest[]): Promise<void> {
  if (requests.length === 0) return;
  await sql.query(
    `insert into feedback_requests (id, template_id, subject_id, rater_id, status, doc)
     select d->>'id', d->>'templateId', d->>'subjectId', d->>'raterId', d->>'status', d
       from jsonb_array_elements($1::text::jsonb) with ordinality as t(d, n) order by n
     on conflict (id) do update set status = excluded.status, doc = excluded.doc`,
    [JSON.stringify(requests)],
  );
}

/**
 * Inserts documents into a table of `(id, doc)` rows plus named text columns read from the document.
 *
 * @example
 * await insertDocs(tx, 'kpis', kpis, { owner_id: 'ownerId', department: 'department' });
 */
export async function insertDocs(
  sql: Sql,
  table: 'people' | 'cycles' | 'kpis' | 'feedback_templates' | 'talent_moves',
  docs: readonly object[],
  columns: Readonly<Record<string, string>> = {},
): Promise<void> {
  if (docs.length === 0) return;
  // Table and column names come from this module's literals only, never from a request.
  const names = ['id', ...Object.keys(columns), 'doc'];
  const values = ["d->>'id'", ...Object.values(columns).map((field) => `d->>'${field}'`), 'd'];
  await sql.query(
    `insert into ${table} (${names.join(', ')})
     select ${values.join(', ')} from jsonb_array_elements($1::text::jsonb) with ordinality as t(d, n) order by n`,
    [JSON.stringify(docs)],
  );
}
