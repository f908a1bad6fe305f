import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, SAMPLE_ORG } from './test-support/client.js';
import { openEvents } from './test-support/sse.js';
import { startTestServer, type TestServer } from './testing.js';

let server: TestServer;
let http: ReturnType<typeof api>;
const bearer = (personId: string) => ({ authorization: `Bearer ${server.tokenFor(personId)}` });

beforeAll(async () => {
  server = await startTestServer({ seed: SAMPLE_ORG });
  http = api(server);
});
afterAll(async () => {
  await server?.stop();
});

describe('GET /api/events', () => {
  it('pushes a change with its sequence id after a write', async () => {
    const events = await openEvents(server.url, bearer('p-009'));
    try {
      expect(events.headers.get('content-type')).toContain('text/event-stream');
      await http.post('/api/goals/g-0021/check-ins', 'p-009', { current: 48 });
      const event = await events.next((e) => e.event === 'change');
      expect(JSON.parse(event.data)).toEqual({ type: 'goals', ids: ['g-0021'], kind: 'updated' });
      expect(Number(event.id)).toBeGreaterThan(0);
    } finally {
      events.close();
    }
  });

  it('filters per viewer: an employee does not hear about talent moves, an HR admin does', async () => {
    const employee = await openEvents(server.url, bearer('p-221'));
    const hr = await openEvents(server.url, bearer('p-009'));
    try {
      await http.post('/api/talent/p-262/moves', 'p-009', { performance: 0.5, reason: 'calibration' });
      // A company-goal change after it: everyone hears this one, so the employee's stream has passed the move.
      await http.patch('/api/goals/g-0001', 'p-009', { description: 'after the move' });
      const seenByHr = await hr.next((e) => JSON.parse(e.data).type === 'talent');
      expect(JSON.parse(seenByHr.data)).toEqual({ type: 'talent', ids: ['p-262'], kind: 'updated' });
      await employee.next((e) => JSON.parse(e.data).ids.includes('g-0001'));
      expect(employee.received().map((e) => JSON.parse(e.data).type)).not.toContain('talent');
    } finally {
      employee.close();
      hr.close();
    }
  });

  it('replays what was missed after Last-Event-ID', async () => {
    const first = await http.patch('/api/goals/g-0002', 'p-009', { description: 'one' });
    expect(first.status).toBe(200);
    const live = await openEvents(server.url, bearer('p-009'));
    let lastId: string;
    try {
      await http.patch('/api/goals/g-0002', 'p-009', { description: 'two' });
      lastId = (await live.next((e) => JSON.parse(e.data).ids.includes('g-0002'))).id!;
    } finally {
      live.close();
    }
    await http.patch('/api/goals/g-0003', 'p-009', { description: 'while away' });
    const resumed = await openEvents(server.url, { ...bearer('p-009'), 'last-event-id': lastId });
    try {
      const missed = await resumed.next((e) => JSON.parse(e.data).ids.includes('g-0003'));
      expect(Number(missed.id)).toBeGreaterThan(Number(lastId));
    } finally {
      resumed.close();
    }
  });
});
