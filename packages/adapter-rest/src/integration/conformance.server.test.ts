// The adapter conformance suite against this adapter over the reference server (@northstar/server): on an
// in-memory PGlite with the suite's own seed and with the sample organisation, and on a real Postgres.
import {
  CONFORMANCE_FIXTURE,
  CONFORMANCE_SEED,
  type ConformanceFixture,
  type ConformanceTarget,
  type ConformanceTestApi,
  defineAdapterConformance,
} from '@northstar/core/testing';
import { type StartTestServerOptions, startTestServer, type TestServer } from '@northstar/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRestAdapter } from '../createRestAdapter.js';
import type { RestAdapterOptions } from '../restAdapter.types.js';
import { postgresUnavailable, startPostgres } from './startPostgres.js';

const api: ConformanceTestApi = { describe, it, expect, beforeAll, afterAll };
const BALANCED_ORIGIN = 'http://northstar.invalid';
const SAMPLE_ORG = new URL('../../../../examples/sample-org', import.meta.url).pathname;

/** The sample organisation, acting as its Chief People Officer (an HR admin with reports). */
const SAMPLE_ORG_FIXTURE: ConformanceFixture = {
  cycleId: '2026-h2',
  actorId: 'p-009',
  kpiId: 'k-021',
  managerId: 'p-009',
  feedback: {
    templateId: 'h2-360',
    subjectId: 'p-038',
    raterId: 'p-009',
    relationship: 'manager',
    answers: { impact: 4, collaboration: 5, communication: 4, comments: 'Clear priorities; keep it up.' },
  },
  request: { templateId: 'h2-360', subjectId: 'p-039', raterId: 'p-040', relationship: 'peer' },
  talent: { personId: 'p-038', cycleId: '2026-h2' },
};

/** Signs in as `personId` through the demo session route; the adapter then sends the cookies and the CSRF token. */
async function sessionOptions(url: string, personId: string): Promise<Partial<RestAdapterOptions>> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `sign-in-${personId}-${Date.now()}` },
    body: JSON.stringify({ personId }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${personId} answered ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { headers: { Cookie: cookie }, csrfToken };
}

async function overServer(
  options: StartTestServerOptions,
  fixture: ConformanceFixture,
  stopDatabase: () => Promise<void> = async () => {},
  auth: 'bearer' | 'session' = 'bearer',
): Promise<ConformanceTarget> {
  const server = await startTestServer(options).catch(async (error: unknown) => {
    await stopDatabase();
    throw error;
  });
  const credentials =
    auth === 'session'
      ? await sessionOptions(server.url, fixture.actorId)
      : { headers: { Authorization: `Bearer ${server.tokenFor(fixture.actorId)}` } };
  const adapter = createRestAdapter({ baseUrl: `${server.url}/api`, ...credentials });
  return {
    adapter,
    fixture,
    async cleanup() {
      await server.stop();
      await stopDatabase();
    },
  };
}

defineAdapterConformance(
  {
    name: 'REST adapter → server on PGlite (conformance seed)',
    create: () => overServer({ seed: CONFORMANCE_SEED, hrAdminIds: ['p-1'] }, CONFORMANCE_FIXTURE),
  },
  api,
);

defineAdapterConformance(
  {
    name: 'REST adapter → server on PGlite (conformance seed, cookie session + CSRF token)',
    create: () =>
      overServer({ seed: CONFORMANCE_SEED, hrAdminIds: ['p-1'] }, CONFORMANCE_FIXTURE, undefined, 'session'),
  },
  api,
);

defineAdapterConformance(
  {
    name: 'REST adapter → server on PGlite (sample organisation)',
    create: () => overServer({ seed: SAMPLE_ORG }, SAMPLE_ORG_FIXTURE),
  },
  api,
);

const unavailable = postgresUnavailable();
if (unavailable !== undefined) console.warn(`Postgres conformance skipped: ${unavailable}`);
// Skipped with the reason above when this machine has no Postgres (CI runs it as root with the apt package).
const onPostgres = unavailable === undefined ? api : { ...api, describe: describe.skip };

defineAdapterConformance(
  {
    name: 'REST adapter → server on Postgres (conformance seed)',
    setupTimeoutMs: 120_000,
    create: async () => {
      const postgres = await startPostgres();
      return overServer(
        { seed: CONFORMANCE_SEED, hrAdminIds: ['p-1'], databaseUrl: postgres.url },
        CONFORMANCE_FIXTURE,
        () => postgres.stop(),
      );
    },
  },
  onPostgres,
);

/**
 * Two server instances on one Postgres behind a "load balancer" fetch: the event stream goes to the first, other
 * reads to the second, writes alternate between both, so the checks also cover read-after-write across instances,
 * idempotency keys seen by both, and changes fanned out through LISTEN/NOTIFY (restAdapter.server.test.ts pins the
 * fan-out down explicitly).
 */
defineAdapterConformance(
  {
    name: 'REST adapter → two server instances on one Postgres',
    setupTimeoutMs: 180_000,
    create: async () => {
      const postgres = await startPostgres();
      const options = { seed: CONFORMANCE_SEED, hrAdminIds: ['p-1'], databaseUrl: postgres.url };
      // One after the other: started together on an empty database, the server's `create table if not exists
      // schema_migrations` (outside its advisory lock) sometimes races (duplicate pg_type key).
      const servers: TestServer[] = [];
      try {
        servers.push(await startTestServer(options), await startTestServer(options));
      } catch (error) {
        await Promise.all(servers.map((server) => server.stop()));
        await postgres.stop();
        throw error;
      }
      const [first, second] = servers as [TestServer, TestServer];
      let writes = 0;
      const balancer: typeof fetch = (input, init) => {
        const isRead = (init?.method ?? 'GET') === 'GET';
        if (!isRead) writes += 1;
        const server = String(input).endsWith('/api/events')
          ? first
          : isRead || writes % 2 === 0
            ? second
            : first;
        return fetch(String(input).replace(BALANCED_ORIGIN, server.url), init);
      };
      const adapter = createRestAdapter({
        baseUrl: `${BALANCED_ORIGIN}/api`,
        fetch: balancer,
        headers: { Authorization: `Bearer ${first.tokenFor(CONFORMANCE_FIXTURE.actorId)}` },
      });
      return {
        adapter,
        fixture: CONFORMANCE_FIXTURE,
        async cleanup() {
          await Promise.all(servers.map((server) => server.stop()));
          await postgres.stop();
        },
      };
    },
  },
  onPostgres,
);
