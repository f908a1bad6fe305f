/**
 * One versioned schema change; versions only ever grow, and an applied migration is never edited.
 *
 * @example
 * const m: Migration = { version: 2, name: 'goal-index', sql: 'create index goals_level on goals (level)' };
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Records keep their full domain shape in `doc` (jsonb) so the API returns exactly what core's types describe; the
// columns beside it are what queries filter, join and lock on.
const INITIAL = `
create table settings (key text primary key, value text not null);

create table people (
  id text primary key,
  ord bigint generated always as identity,
  manager_id text,
  department text,
  doc jsonb not null
);
create index people_manager on people (manager_id);

create table cycles (id text primary key, ord bigint generated always as identity, doc jsonb not null);

create table goals (
  id text primary key,
  ord bigint generated always as identity,
  cycle_id text,
  owner_id text,
  level text,
  parent_ids text[] not null default '{}',
  doc jsonb not null
);
create index goals_parents on goals using gin (parent_ids);
create index goals_owner on goals (owner_id);

create table goal_check_ins (
  id text primary key,
  ord bigint generated always as identity,
  goal_id text not null references goals (id) on delete cascade,
  at_ms double precision not null,
  doc jsonb not null
);
create index goal_check_ins_goal on goal_check_ins (goal_id, at_ms, ord);

create table kpis (
  id text primary key,
  ord bigint generated always as identity,
  owner_id text,
  department text,
  doc jsonb not null
);

create table kpi_samples (
  kpi_id text not null references kpis (id) on delete cascade,
  period text not null,
  doc jsonb not null,
  primary key (kpi_id, period)
);

create table feedback_templates (id text primary key, ord bigint generated always as identity, doc jsonb not null);

create table feedback_responses (
  id text primary key,
  ord bigint generated always as identity,
  template_id text,
  subject_id text not null,
  rater_id text not null,
  doc jsonb not null
);
create index feedback_responses_subject on feedback_responses (subject_id, template_id);

create table feedback_drafts (
  id text primary key,
  template_id text not null,
  subject_id text not null,
  rater_id text not null,
  doc jsonb not null,
  unique (template_id, subject_id, rater_id)
);

create table feedback_requests (
  id text primary key,
  ord bigint generated always as identity,
  template_id text not null,
  subject_id text not null,
  rater_id text not null,
  status text not null,
  doc jsonb not null
);
create index feedback_requests_rater on feedback_requests (rater_id);

create table talent (
  person_id text not null,
  cycle_key text not null,
  ord bigint generated always as identity,
  doc jsonb not null,
  primary key (person_id, cycle_key)
);

create table talent_moves (
  id text primary key,
  ord bigint generated always as identity,
  person_id text not null,
  cycle_id text,
  doc jsonb not null
);

create table idempotency_keys (
  actor text not null,
  key text not null,
  request_hash text not null,
  status integer,
  body text,
  created_at timestamptz not null default now(),
  primary key (actor, key)
);

create table sessions (
  id text primary key,
  person_id text not null,
  csrf text not null,
  created_at timestamptz not null default now()
);

create table events (
  seq bigint generated always as identity primary key,
  change jsonb not null,
  audience jsonb not null,
  created_at timestamptz not null default now()
);
`;

/**
 * Every schema migration, oldest first.
 *
 * @example
 * MIGRATIONS.at(-1)?.version; // the schema version a fresh database ends at
 */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial', sql: INITIAL }];
