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
 * Opens an embedded PGlite database, file-backed under `dataDir` (in memory when absent); a `template` (a data
 * directory dumped by PGlite) skips initdb, which is most of PGlite's start-up time.
 *
 * @example
 * const db = await openPglite('./northstar-data');
 */
export async function openPglite(dataDir?: string, template?: Blob): Promise<Database> {
  const options = template === undefined ? {} : { loadDataDir: template };
  const pg = dataDir === undefined ? await PGlite.create(options) : await PGlite.create(dataDir, options);
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
    async dump() {
      return (await pg.dumpDataDir('none')) as Blob;
    },
    async close() {
      if (!pg.closed) await pg.close();
    },
  };
}
