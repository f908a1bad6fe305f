import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { MemoryAdapterSeed } from '@northstar/core/adapters';
import { createNorthstarApi, type NorthstarApiOptions } from './createNorthstarApi.js';
import type { Database } from './db/database.types.js';
import { openDatabase } from './db/openDatabase.js';
import { seedDatabase } from './seed/seedDatabase.js';

/**
 * Options for `startServer`: where the database is, what to seed, where to listen.
 *
 * @example
 * const options: StartServerOptions = { dataDir: './data', seed: 'examples/sample-org', port: 0 };
 */
export interface StartServerOptions extends Omit<NorthstarApiOptions, 'db'> {
  /** Postgres connection string; embedded PGlite when absent. */
  databaseUrl?: string;
  /** Directory for PGlite's files (in memory when absent). */
  dataDir?: string;
  /** A sample-org folder or a seed object, loaded when the database is empty. */
  seed?: string | MemoryAdapterSeed;
  /** PGlite only: start from a dumped data directory (see `pgliteTemplate`). */
  pgliteTemplate?: Blob;
  /** Port to listen on; 0 picks a free one (default 0). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
}

/**
 * A running server.
 *
 * @example
 * const server = await startServer({ seed: 'examples/sample-org' });
 * await fetch(`${server.url}/api/health`);
 * await server.stop();
 */
export interface NorthstarServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  port: number;
  db: Database;
  tokenFor(personId: string): string;
  stop(): Promise<void>;
}

/**
 * Opens (and migrates) the database, seeds it when asked and empty, and listens.
 *
 * @example
 * const server = await startServer({ dataDir: './northstar-data', seed: 'examples/sample-org', port: 8080 });
 */
export async function startServer(options: StartServerOptions = {}): Promise<NorthstarServer> {
  const { databaseUrl, dataDir, seed, pgliteTemplate, port = 0, host = '127.0.0.1', ...apiOptions } = options;
  const db = await openDatabase({ url: databaseUrl, dataDir, pgliteTemplate });
  try {
    if (seed !== undefined) await seedDatabase(db, seed);
    const api = await createNorthstarApi({ ...apiOptions, db });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: api.fetch, port, hostname: host }, () => resolve(s));
    });
    const address = server.address() as AddressInfo;
    const shownHost = host.includes(':') ? `[${host}]` : host;
    return {
      url: `http://${shownHost}:${address.port}`,
      port: address.port,
      db,
      tokenFor: api.tokenFor,
      async stop() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Open SSE streams would keep close() waiting forever.
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        await api.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
