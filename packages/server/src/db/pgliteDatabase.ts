import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Sql } from './database.types.js';

function wrap(conn: PGlite | Transaction): Sql {
  return {
    async query<T>(text: string, params: readonly unknown[] = []) {
      const result = await conn.query<T>(text, [...params]);
      return result.rows;
    },
  };
}

/**
 * Opens an embedded PGlite database, file-backed under `dataDir` (in memory when absent).
 *
 * @example
 * const db = await openPglite('./northstar-data');
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
  const base = wrap(pg);
  return {
    kind: 'pglite',
    query: base.query,
    transaction: (run) => pg.transaction((tx) => run(wrap(tx))),
    async listen(channel, onPayload) {
      const unlisten = await pg.listen(channel, onPayload);
      return async () => {
        if (!pg.closed) await unlisten();
      };
    },
    async close() {
      if (!pg.closed) await pg.close();
    },
  };
}
