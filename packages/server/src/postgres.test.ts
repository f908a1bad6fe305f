import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, SAMPLE_ORG } from './test-support/client.js';
import { ensurePostgres, type LocalPostgres, startLocalPostgres } from './test-support/localPostgres.js';
import { openEvents } from './test-support/sse.js';
import { startTestServer, type TestServer } from './testing.js';

// Installs Debian's postgresql when running as root without it (as CI does); otherwise says how to get it.
const unavailable = await ensurePostgres();
if (unavailable !== undefined) console.warn(unavailable);

const HR = 'p-009';

describe.skipIf(unavailable !== undefined)('on a real Postgres, two instances behind one database', () => {
  let pg: LocalPostgres;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    pg = await startLocalPostgres();
    const databaseUrl = await pg.createDatabase('northstar_two_instances');
    // Started together: migrations and the seed must each run once.
    [a, b] = await Promise.all([
      startTestServer({ databaseUrl, seed: SAMPLE_ORG, demoSignIn: true }),
      startTestServer({ databaseUrl, seed: SAMPLE_ORG, demoSignIn: true }),
    ]);
  }, 180_000);

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await pg?.stop();
  }, 60_000);

  it('migrated and seeded once', async () => {
    const versions = await a.db.query<{ version: number }>('select version from schema_migrations');
    expect(versions.map((v) => v.version)).toEqual([1]);
    expect((await api(b).get('/api/people', HR)).body).toHaveLength(300);
  });

  it('serves the same semantics as on PGlite: check-in, alignment cycle, summary', async () => {
    const checkIn = await api(a).post('/api/goals/g-0360/check-ins', HR, {
      current: 90,
      note: 'on postgres',
    });
    expect(checkIn.body).toMatchObject({ metric: { current: 90 }, checkIns: [{ note: 'on postgres' }] });
    const cycle = await api(b).put('/api/goals/g-0019/parents', HR, { parents: [{ id: 'g-0021' }] });
    expect(cycle).toMatchObject({ status: 409, body: { code: 'CYCLE' } });
    const summary = await api(a).get('/api/feedback/summary?subjectId=p-202&templateId=h2-360', HR);
    expect(summary.body.subjects[0].responseCount).toBe(4);
  });

  it('one key sent to both instances at once writes once (the unique constraint, not memory)', async () => {
    const headers = { 'idempotency-key': 'two-instances-1' };
    const before = (await api(a).get('/api/goals/g-0021', HR)).body.checkIns?.length ?? 0;
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api(i % 2 === 0 ? a : b).post('/api/goals/g-0021/check-ins', HR, { current: 51 }, headers),
      ),
    );
    expect(answers.map((x) => x.status)).toEqual(Array(10).fill(200));
    for (const x of answers) expect(x.body).toEqual(answers[0]!.body);
    expect((await api(b).get('/api/goals/g-0021', HR)).body.checkIns.length).toBe(before + 1);
  });

  it('a change written through one instance reaches subscribers of the other (LISTEN/NOTIFY)', async () => {
    const events = await openEvents(b.url, { authorization: `Bearer ${b.tokenFor(HR)}` });
    try {
      await api(a).patch('/api/goals/g-0005', HR, { description: 'written on A' });
      const change = await events.next((e) => JSON.parse(e.data).ids.includes('g-0005'));
      expect(JSON.parse(change.data)).toEqual({ type: 'goals', ids: ['g-0005'], kind: 'updated' });
    } finally {
      events.close();
    }
  });

  it('a session signed in on one instance works on the other, and signing out ends it on both', async () => {
    const res = await fetch(`${a.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: 'p-221' }),
    });
    const cookie = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('ns_session='))!
      .split(';')[0]!;
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    expect((await fetch(`${b.url}/api/session`, { headers: { cookie } })).status).toBe(200);
    const out = await fetch(`${b.url}/api/session`, {
      method: 'DELETE',
      headers: { cookie, 'x-csrf-token': csrfToken, 'idempotency-key': 'sign-out' },
    });
    expect(out.status).toBe(204);
    expect((await fetch(`${a.url}/api/session`, { headers: { cookie } })).status).toBe(401);
  });
});
