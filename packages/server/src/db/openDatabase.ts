import type { Database } from './database.types.js';
import { migrate } from './migrate.js';
import { openPglite } from './pgliteDatabase.js';
import { openPostgres } from './postgresDatabase.js';

/**
 * Where the database lives: a real Postgres `url` wins; otherwise embedded PGlite under `dataDir` (memory if absent).
 *
 * @example
 * const options: OpenDatabaseOptions = { url: process.env.DATABASE_URL, dataDir: './northstar-data' };
 */
export interface OpenDatabaseOptions {
  /** A Postgres connection string (`DATABASE_URL`). */
  url?: string;
  /** Directory for the embedded database's files. */
  dataDir?: string;
  /** Pool size for a real Postgres (default 10). */
  max?: number;
  /** PGlite only: start from this dumped data directory instead of running initdb (much faster). */
  pgliteTemplate?: Blob;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
}

/**
 * Opens the database and applies the versioned migrations, each in its own transaction.
 *
 * @example
 * const db = await openDatabase({ dataDir: './northstar-data' });
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const db =
    options.url !== undefined && options.url !== ''
      ? await openPostgres(options.url, { max: options.max })
      : await openPglite(options.dataDir, options.pgliteTemplate);
  try {
    if (options.migrate !== false) await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
