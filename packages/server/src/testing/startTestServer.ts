import type { MemoryAdapterSeed } from '@northstar/core/adapters';
import { type NorthstarServer, type StartServerOptions, startServer } from '../startServer.js';
import { pgliteTemplate } from './pgliteTemplate.js';

/**
 * Options for `startTestServer`.
 *
 * @example
 * const options: StartTestServerOptions = { seed: 'examples/sample-org' };
 */
export interface StartTestServerOptions extends Omit<StartServerOptions, 'port' | 'host' | 'seed'> {
  /** A sample-org folder (path) or a seed object as `createMemoryAdapter` takes. */
  seed?: string | MemoryAdapterSeed;
}

/**
 * A server for one test file.
 *
 * @example
 * const server: TestServer = await startTestServer({ seed: 'examples/sample-org' });
 */
export type TestServer = NorthstarServer;

/**
 * Starts the API on 127.0.0.1, port 0, over an in-memory PGlite (or `databaseUrl`), seeded; stop it in `afterAll`.
 *
 * @example
 * const server = await startTestServer({ seed: 'examples/sample-org' });
 * const res = await fetch(`${server.url}/api/goals`, { headers: { authorization: `Bearer ${server.tokenFor('p-001')}` } });
 * await server.stop();
 */
export async function startTestServer(options: StartTestServerOptions = {}): Promise<TestServer> {
  const embeddedInMemory = options.databaseUrl === undefined && options.dataDir === undefined;
  return startServer({
    ...options,
    pgliteTemplate: embeddedInMemory ? await pgliteTemplate() : undefined,
    port: 0,
    host: '127.0.0.1',
  });
}
