import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, SAMPLE_ORG } from './test-support/client.js';
import { startTestServer, type TestServer } from './testing.js';

const HR = 'p-009';
let server: TestServer;
let http: ReturnType<typeof api>;

beforeAll(async () => {
  server = await startTestServer({ seed: SAMPLE_ORG });
  http = api(server);
});
afterAll(async () => {
  await server?.stop();
});

async function checkInCount(target: TestServer, goalId: string): Promise<number> {
  const { body } = await api(target).get(`/api/goals/${goalId}`, HR);
  return body.checkIns?.length ?? 0;
}

describe('Idempotency-Key', () => {
  it('the same key and body again replays the first response (status and body) and writes once', async () => {
    const headers = { 'idempotency-key': 'replay-1' };
    const first = await http.post('/api/goals', HR, { title: 'Once', ownerId: HR }, headers);
    const again = await http.post('/api/goals', HR, { title: 'Once', ownerId: HR }, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const owned = await http.get(`/api/goals?ownerId=${HR}`, HR);
    expect(owned.body.filter((g: { title: string }) => g.title === 'Once')).toHaveLength(1);
  });

  it('the same key with a different body is 422 IDEMPOTENCY_MISMATCH and writes nothing', async () => {
    const headers = { 'idempotency-key': 'mismatch-1' };
    await http.post('/api/goals/g-0018/check-ins', HR, { current: 7 }, headers);
    const other = await http.post('/api/goals/g-0018/check-ins', HR, { current: 5 }, headers);
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ code: 'IDEMPOTENCY_MISMATCH', field: 'Idempotency-Key' });
    expect((await http.get('/api/goals/g-0018', HR)).body.metric.current).toBe(7);
  });

  it('a 204 is replayed as a 204', async () => {
    const created = await http.post('/api/goals', HR, { title: 'To remove', ownerId: HR });
    const headers = { 'idempotency-key': 'remove-1' };
    expect((await http.delete(`/api/goals/${created.body.id}`, HR, headers)).status).toBe(204);
    expect((await http.delete(`/api/goals/${created.body.id}`, HR, headers)).status).toBe(204);
  });

  it('twenty concurrent requests with one key write once and all answer the same', async () => {
    const headers = { 'idempotency-key': 'concurrent-1' };
    const before = await checkInCount(server, 'g-0021');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        http.post('/api/goals/g-0021/check-ins', HR, { current: 50 }, headers),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    for (const a of answers) expect(a.body).toEqual(answers[0]!.body);
    expect(await checkInCount(server, 'g-0021')).toBe(before + 1);
  });

  it('a failed write does not use up its key: the retry with a valid body succeeds', async () => {
    const headers = { 'idempotency-key': 'failed-1' };
    const bad = await http.post('/api/goals/g-0001/check-ins', HR, { current: 3 }, headers);
    expect(bad.status).toBe(422);
    const good = await http.post(
      '/api/goals/g-0001/check-ins',
      HR,
      { current: null, note: 'note only' },
      headers,
    );
    expect(good.status).toBe(200);
  });

  it('keys belong to their caller: the same key from another person is a separate write', async () => {
    const headers = { 'idempotency-key': 'shared-key' };
    const a = await http.post('/api/goals/g-0360/check-ins', HR, { current: 10 }, headers);
    const b = await http.post('/api/goals/g-0360/check-ins', 'p-053', { current: 10 }, headers);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(b.body.checkIns.length).toBe(a.body.checkIns.length + 1);
  });
});

describe('across restarts (file-backed database)', () => {
  it('a key used before a restart still replays afterwards, and the data is still there', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'northstar-restart-'));
    try {
      const first = await startTestServer({ dataDir, seed: SAMPLE_ORG });
      const headers = { 'idempotency-key': 'restart-1' };
      let created: { id: string };
      try {
        const answer = await api(first).post('/api/goals', HR, { title: 'Survives', ownerId: HR }, headers);
        expect(answer.status).toBe(201);
        created = answer.body;
      } finally {
        await first.stop();
      }
      const second = await startTestServer({ dataDir, seed: SAMPLE_ORG });
      try {
        const replay = await api(second).post('/api/goals', HR, { title: 'Survives', ownerId: HR }, headers);
        expect(replay.status).toBe(201);
        expect(replay.body).toEqual(created);
        const owned = await api(second).get(`/api/goals?ownerId=${HR}`, HR);
        expect(owned.body.filter((g: { title: string }) => g.title === 'Survives')).toHaveLength(1);
        // The seed is not loaded twice into a database that already holds data.
        expect((await api(second).get('/api/people', HR)).body).toHaveLength(300);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
