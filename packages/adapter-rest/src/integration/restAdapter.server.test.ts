// The REST adapter against the reference server over HTTP: cookie sessions and CSRF, bearer tokens, problem codes
// only a server produces, and live updates that survive a dropped connection (Last-Event-ID replay).
import { type AddressInfo, createServer } from 'node:net';
import type { NorthstarError } from '@northstar/core';
import type { AdapterChange } from '@northstar/core/adapters';
import { CONFORMANCE_FIXTURE, CONFORMANCE_SEED } from '@northstar/core/testing';
import { startTestServer, type TestServer } from '@northstar/server/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRestAdapter } from '../createRestAdapter.js';
import { postgresUnavailable, startPostgres } from './startPostgres.js';

let server: TestServer;
let keys = 0;
const key = (): string => {
  keys += 1;
  return `rest-it-${Date.now().toString(36)}-${keys}`;
};
const goalInput = (title: string) => ({
  title,
  ownerId: CONFORMANCE_FIXTURE.actorId,
  cycleId: CONFORMANCE_FIXTURE.cycleId,
});

beforeAll(async () => {
  server = await startTestServer({ seed: CONFORMANCE_SEED, hrAdminIds: ['p-1'] });
}, 60_000);
afterAll(async () => {
  await server?.stop();
}, 60_000);

async function rejection(promise: Promise<unknown>): Promise<NorthstarError> {
  try {
    await promise;
  } catch (error) {
    return error as NorthstarError;
  }
  throw new Error('expected a rejection');
}

/** Signs in through the demo session route, as a browser would; returns the cookies and the CSRF token. */
async function signIn(personId: string): Promise<{ cookie: string; csrfToken: string }> {
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key() },
    body: JSON.stringify({ personId }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

describe('sessions, CSRF and bearer tokens', () => {
  afterEach(() => {
    delete (globalThis as { document?: unknown }).document;
  });

  it('writes with a cookie session when the CSRF token is sent, and refuses them without it', async () => {
    const { cookie, csrfToken } = await signIn('p-1');
    const withToken = createRestAdapter({
      baseUrl: `${server.url}/api`,
      headers: { Cookie: cookie },
      csrfToken,
    });
    const goal = await withToken.goals.create(goalInput('Session write'), { idempotencyKey: key() });
    expect(goal.ownerId).toBe('p-1');

    const withoutToken = createRestAdapter({ baseUrl: `${server.url}/api`, headers: { Cookie: cookie } });
    expect((await withoutToken.goals.get(goal.id)).id).toBe(goal.id);
    const error = await rejection(withoutToken.goals.remove(goal.id, { idempotencyKey: key() }));
    expect(error.code).toBe('CSRF');
    expect(error.retryable).toBe(false);
    expect(error.details.status).toBe(403);
  });

  it('reads the CSRF token from the ns_csrf cookie, as in a browser', async () => {
    const { cookie } = await signIn('p-1');
    (globalThis as { document?: unknown }).document = { cookie };
    const adapter = createRestAdapter({ baseUrl: `${server.url}/api`, headers: { Cookie: cookie } });
    const goal = await adapter.goals.create(goalInput('Cookie CSRF write'), { idempotencyKey: key() });
    await adapter.goals.remove(goal.id, { idempotencyKey: key() });
    expect((await rejection(adapter.goals.get(goal.id))).code).toBe('NOT_FOUND');
  });

  it('rejects UNAUTHENTICATED without a session or token', async () => {
    const adapter = createRestAdapter({ baseUrl: `${server.url}/api` });
    const error = await rejection(adapter.goals.list({}));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.retryable).toBe(false);
  });

  it('rejects IDEMPOTENCY_MISMATCH when a key is reused with another body', async () => {
    const adapter = createRestAdapter({
      baseUrl: `${server.url}/api`,
      headers: { Authorization: `Bearer ${server.tokenFor('p-1')}` },
    });
    const idempotencyKey = key();
    await adapter.goals.create(goalInput('Idempotent A'), { idempotencyKey });
    const error = await rejection(adapter.goals.create(goalInput('Idempotent B'), { idempotencyKey }));
    expect(error.code).toBe('IDEMPOTENCY_MISMATCH');
  });

  it('reports NETWORK, retryable, when nothing listens', async () => {
    // A port that was free a moment ago and is closed now.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const adapter = createRestAdapter({ baseUrl: `http://127.0.0.1:${port}/api` });
    const error = await rejection(adapter.cycles.list());
    expect(error.code).toBe('NETWORK');
    expect(error.retryable).toBe(true);
  });
});

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}
function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('live updates over a real connection', () => {
  it('replays the changes missed while disconnected, resuming with Last-Event-ID', async () => {
    // A fetch that lets the test cut the event stream and hold the reconnect until it has written.
    const cuts: (() => void)[] = [];
    const eventRequests: (string | undefined)[] = [];
    const reconnecting = deferred();
    const release = deferred();
    const controlled: typeof fetch = async (input, init) => {
      if (!String(input).endsWith('/api/events')) return fetch(input, init);
      eventRequests.push((init?.headers as Record<string, string> | undefined)?.['Last-Event-ID']);
      if (eventRequests.length > 1) {
        reconnecting.resolve();
        await release.promise;
      }
      const response = await fetch(input, init);
      const upstream = response.body!.getReader();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          cuts.push(() => {
            controller.error(new TypeError('connection reset'));
            void upstream.cancel();
          });
        },
        async pull(controller) {
          const { done, value } = await upstream.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    };
    const adapter = createRestAdapter({
      baseUrl: `${server.url}/api`,
      fetch: controlled,
      headers: { Authorization: `Bearer ${server.tokenFor('p-1')}` },
      reconnectDelay: () => 0,
    });
    const changes: AdapterChange[] = [];
    let wanted: { id: string; seen: Deferred } | undefined;
    const stop = adapter.subscribe((change) => {
      changes.push(change);
      if (wanted !== undefined && change.ids.includes(wanted.id)) wanted.seen.resolve();
    });
    try {
      await stop.ready;
      const waitFor = (id: string): Promise<void> => {
        wanted = { id, seen: deferred() };
        if (changes.some((c) => c.ids.includes(id))) wanted.seen.resolve();
        return wanted.seen.promise;
      };
      const before = await adapter.goals.create(goalInput('Before the drop'), { idempotencyKey: key() });
      await waitFor(before.id);

      cuts[0]!();
      await reconnecting.promise;
      const missed = await adapter.goals.create(goalInput('While disconnected'), { idempotencyKey: key() });
      release.resolve();
      await waitFor(missed.id);

      expect(eventRequests[0]).toBeUndefined();
      expect(eventRequests[1]).toMatch(/\S/);
      expect(changes.find((c) => c.ids.includes(missed.id))?.kind).toBe('created');
    } finally {
      stop();
    }
  });
});

describe.skipIf(postgresUnavailable() !== undefined)('two instances on one Postgres', () => {
  it('a change written through one instance reaches a subscriber of the other (LISTEN/NOTIFY)', async () => {
    const postgres = await startPostgres();
    const options = { seed: CONFORMANCE_SEED, hrAdminIds: ['p-1'], databaseUrl: postgres.url };
    const servers: TestServer[] = [];
    try {
      servers.push(await startTestServer(options), await startTestServer(options));
      const [writer, reader] = servers.map((instance) =>
        createRestAdapter({
          baseUrl: `${instance.url}/api`,
          headers: { Authorization: `Bearer ${instance.tokenFor('p-1')}` },
        }),
      );
      const seen: AdapterChange[] = [];
      let wanted: string | undefined;
      const arrived = deferred();
      const stop = reader!.subscribe((change) => {
        seen.push(change);
        if (wanted !== undefined && change.ids.includes(wanted)) arrived.resolve();
      });
      try {
        await stop.ready;
        const goal = await writer!.goals.create(goalInput('Across instances'), { idempotencyKey: key() });
        wanted = goal.id;
        if (seen.some((c) => c.ids.includes(goal.id))) arrived.resolve();
        await arrived.promise;
        expect(seen.find((c) => c.ids.includes(goal.id))).toEqual({
          type: 'goals',
          ids: [goal.id],
          kind: 'created',
        });
        expect((await reader!.goals.get(goal.id)).title).toBe('Across instances');
      } finally {
        stop();
      }
    } finally {
      await Promise.all(servers.map((instance) => instance.stop()));
      await postgres.stop();
    }
  }, 120_000);
});
