import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, SAMPLE_ORG } from '../test-support/client.js';
import { startTestServer, type TestServer } from '../testing.js';

let server: TestServer;
let http: ReturnType<typeof api>;
const HR = 'p-009';

beforeAll(async () => {
  server = await startTestServer({ seed: SAMPLE_ORG, now: () => new Date('2026-12-01T10:00:00.000Z') });
  http = api(server);
});
afterAll(async () => {
  await server?.stop();
});

describe('goals over REST', () => {
  it('GET /api/goals/{id} returns the seeded goal as core describes it', async () => {
    const { status, body } = await http.get('/api/goals/g-0021', HR);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: 'g-0021',
      metric: { start: 42, target: 55, current: 47 },
      parentId: 'g-0019',
    });
    expect(body).not.toHaveProperty('checkIns');
  });

  it('lists by ids in the order asked, leaving unknown ids out', async () => {
    const { body } = await http.get('/api/goals?ids=g-0003,nope,g-0001', HR);
    expect(body.map((g: { id: string }) => g.id)).toEqual(['g-0003', 'g-0001']);
  });

  it('a check-in sets the metric and appends the history in one write', async () => {
    const { status, body } = await http.post('/api/goals/g-0360/check-ins', HR, {
      current: 80,
      note: 'triage week',
    });
    expect(status).toBe(200);
    expect(body.metric.current).toBe(80);
    expect(body.checkIns).toHaveLength(1);
    expect(body.checkIns[0]).toMatchObject({
      goalId: 'g-0360',
      current: 80,
      note: 'triage week',
      authorId: HR,
    });
    const again = await http.get('/api/goals/g-0360', HR);
    expect(again.body.checkIns).toEqual(body.checkIns);
  });

  it('a back-dated check-in joins the history without overriding the newer value', async () => {
    await http.post('/api/goals/g-0546/check-ins', HR, { current: 6, at: '2026-11-20T00:00:00Z' });
    const { body } = await http.post('/api/goals/g-0546/check-ins', HR, {
      current: 9,
      at: '2026-11-01T00:00:00Z',
    });
    expect(body.metric.current).toBe(6);
    expect(body.checkIns.map((c: { current: number }) => c.current)).toEqual([9, 6]);
  });

  it('creates, updates and removes a goal', async () => {
    const created = await http.post('/api/goals', HR, {
      title: 'Ship the API',
      ownerId: HR,
      parentId: 'g-0001',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const children = await http.get('/api/goals/g-0001/children', HR);
    expect(children.body.map((g: { id: string }) => g.id)).toContain(id);
    const patched = await http.patch(`/api/goals/${id}`, HR, {
      status: 'active',
      title: 'Ship the REST API',
    });
    expect(patched.body).toMatchObject({
      id,
      status: 'active',
      title: 'Ship the REST API',
      parentId: 'g-0001',
    });
    expect((await http.delete(`/api/goals/${id}`, HR)).status).toBe(204);
    expect((await http.get(`/api/goals/${id}`, HR)).status).toBe(404);
  });

  it('refuses an alignment that would close a cycle with 409 CYCLE naming the ids', async () => {
    // g-0001 is a company goal; g-0021 sits below it, so making g-0001 a child of g-0021 closes a loop.
    const { status, body } = await http.put('/api/goals/g-0019/parents', HR, { parents: [{ id: 'g-0021' }] });
    expect(status).toBe(409);
    expect(body).toMatchObject({ code: 'CYCLE', id: 'g-0019', field: 'parents' });
    expect(body.details.cycle).toContain('g-0021');
    expect((await http.get('/api/goals/g-0019', HR)).body.parentId).not.toBeUndefined();
  });

  it('re-aligns to several parents with weights', async () => {
    const { status, body } = await http.put('/api/goals/g-0360/parents', HR, {
      parents: [
        { id: 'g-0001', weight: 0.4 },
        { id: 'g-0002', weight: 0.6 },
      ],
    });
    expect(status).toBe(200);
    expect(body.parents).toEqual([
      { id: 'g-0001', weight: 0.4 },
      { id: 'g-0002', weight: 0.6 },
    ]);
    expect(body).not.toHaveProperty('parentId');
  });

  it('refuses to remove a goal that still has aligned goals (409 CONFLICT)', async () => {
    const { status, body } = await http.delete('/api/goals/g-0001', HR);
    expect(status).toBe(409);
    expect(body).toMatchObject({ code: 'CONFLICT', id: 'g-0001' });
  });

  it("answers core's codes as problems: unknown parent, bad metric, note-only check-in on a goal without a metric", async () => {
    const unknown = await http.post('/api/goals', HR, { title: 'x', ownerId: HR, parentId: 'g-9999' });
    expect(unknown).toMatchObject({ status: 422, body: { code: 'UNKNOWN_PARENT', field: 'parentId' } });
    const metric = await http.post('/api/goals', HR, {
      title: 'x',
      ownerId: HR,
      metric: { start: 3, target: 3 },
    });
    expect(metric).toMatchObject({
      status: 422,
      body: { code: 'INVALID_METRIC', field: 'metric.direction' },
    });
    const checkIn = await http.post('/api/goals/g-0001/check-ins', HR, { current: 5 });
    expect(checkIn).toMatchObject({ status: 422, body: { code: 'INVALID_METRIC', id: 'g-0001' } });
    expect(checkIn.headers.get('content-type')).toContain('application/problem+json');
  });
});
