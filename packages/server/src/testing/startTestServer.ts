import type { MemoryAdapterSeed } from '@northstar/core/adapters';
import { type NorthstarServer, type StartServerOptions, startServer } from '../startServer.js';

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
export function startTestServer(options: StartTestServerOptions = {}): Promise<TestServer> {
  return startServer({ ...options, port: 0, host: '127.0.0.1', pingMs: options.pingMs ?? 15_000 });
}
