import type { Database } from './database.types.js';
import { MIGRATIONS, type Migration } from './migrations.js';

// Any constant works; it only has to be the same for every instance racing to migrate one database.
const MIGRATION_LOCK = 72_317_001;

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each inside one transaction (all or nothing),
 * serialised by an advisory lock so instances starting together migrate once.
 *
 * @example
 * const applied = await migrate(db); // [1] on a fresh database, [] after
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  await db.query(
    `create table if not exists schema_migrations (
       version integer primary key, name text not null, applied_at timestamptz not null default now())`,
  );
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const rows = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (rows.length > 0) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/** Extended-protocol queries take one statement each; migrations hold no semicolons inside literals. */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
