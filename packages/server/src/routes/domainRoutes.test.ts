import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, SAMPLE_ORG } from '../test-support/client.js';
import { startTestServer, type TestServer } from '../testing.js';

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

describe('KPIs', () => {
  it('history is oldest first within an inclusive range; batch history leaves unknown ids out', async () => {
    const { body } = await http.get('/api/kpis/k-001/history?from=2026-09&to=2026-11', HR);
    expect(body.map((s: { period: string }) => s.period)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(body.at(-1)).toEqual({
      kpiId: 'k-001',
      period: '2026-11',
      actual: 41_200_000,
      target: 44_500_000,
    });
    const many = await http.get('/api/kpi-history?ids=k-002,nope,k-001&from=2026-11', HR);
    expect(Object.keys(many.body)).toEqual(['k-002', 'k-001']);
    expect(many.body['k-001']).toHaveLength(1);
  });

  it('recording the latest period moves the headline numbers and keeps the previous actual', async () => {
    const { body } = await http.post('/api/kpis/k-001/samples', 'p-001', {
      period: '2026-12',
      actual: 42_000_000,
    });
    expect(body).toMatchObject({ period: '2026-12', actual: 42_000_000, previous: 41_200_000 });
    const back = await http.post('/api/kpis/k-001/samples', 'p-001', { period: '2026-01', actual: 1 });
    expect(back.body).toMatchObject({ period: '2026-12', actual: 42_000_000 });
  });

  it('only the owner, their managers or HR admins record a KPI', async () => {
    const denied = await http.post('/api/kpis/k-001/samples', 'p-221', { period: '2026-12', actual: 1 });
    expect(denied).toMatchObject({ status: 403, body: { code: 'FORBIDDEN', id: 'k-001' } });
    expect((await http.get('/api/kpis/k-001', 'p-221')).status).toBe(200);
  });

  it('lists by department and owner', async () => {
    const { body } = await http.get('/api/kpis?department=Sales', HR);
    expect(body.length).toBeGreaterThan(0);
    for (const kpi of body) expect(kpi.department).toBe('Sales');
  });
});

describe('people and cycles', () => {
  it('an empty managerId finds the people without a manager; search is case-insensitive', async () => {
    expect((await http.get('/api/people?managerId=', HR)).body.map((p: { id: string }) => p.id)).toEqual([
      'p-001',
    ]);
    const reports = await http.get('/api/people?managerId=p-053', HR);
    expect(reports.body).toHaveLength(7);
    const found = await http.get('/api/people?search=SØREN', HR);
    for (const person of found.body)
      expect(`${person.name} ${person.title} ${person.email}`.toLowerCase()).toContain('søren');
  });

  it('cycles come with ISO dates and a status', async () => {
    const { body } = await http.get('/api/cycles/2026-h2', HR);
    expect(body).toMatchObject({ id: '2026-h2', startsOn: '2026-07-01', endsOn: '2026-12-31' });
    expect(['planned', 'active', 'calibrating', 'closed']).toContain(body.status);
    expect((await http.get('/api/cycles/nope', HR)).body).toMatchObject({ code: 'NOT_FOUND', id: 'nope' });
  });
});

describe('feedback', () => {
  it('the summary withholds small anonymous groups, as core aggregates them', async () => {
    // p-023 has 1–2 peers in the sample, so the peer group is withheld at threshold 3.
    const { body } = await http.get('/api/feedback/summary?subjectId=p-023&templateId=h2-360', HR);
    const subject = body.subjects[0];
    const impact = subject.questions.find((q: { questionId: string }) => q.questionId === 'impact');
    expect(impact.withheld).toContain('peer');
    expect(impact.groups.map((g: { group: string }) => g.group)).not.toContain('peer');
  });

  it('submitting marks the matching open request submitted and removes the draft', async () => {
    const key = { templateId: 'h2-360', subjectId: 'p-038', raterId: HR };
    const [request] = (
      await http.post('/api/feedback/requests', HR, { requests: [{ ...key, relationship: 'manager' }] })
    ).body;
    const again = await http.post('/api/feedback/requests', HR, {
      requests: [{ ...key, relationship: 'manager' }],
    });
    expect(again.body[0].id).toBe(request.id);
    await http.put('/api/feedback/drafts', HR, { ...key, relationship: 'manager', answers: { impact: 5 } });
    const answers = { impact: 5, collaboration: 4, communication: 4 };
    expect(
      (await http.post('/api/feedback/responses', HR, { ...key, relationship: 'manager', answers })).status,
    ).toBe(201);
    const listed = await http.get(`/api/feedback/requests?subjectId=p-038&raterId=${HR}`, HR);
    expect(listed.body.map((r: { status: string }) => r.status)).toEqual(['submitted']);
    const draft = await http.get(`/api/feedback/drafts?templateId=h2-360&subjectId=p-038&raterId=${HR}`, HR);
    expect(draft.body).toBe(null);
  });

  it('an incomplete response names the missing required answer', async () => {
    const { status, body } = await http.post('/api/feedback/responses', HR, {
      templateId: 'h2-360',
      subjectId: 'p-039',
      raterId: HR,
      relationship: 'manager',
      answers: { impact: 3 },
    });
    expect(status).toBe(422);
    expect(body).toMatchObject({ code: 'INVALID_FEEDBACK', field: 'answers.collaboration' });
  });
});

describe('talent', () => {
  it('a move with a stale expectedUpdatedAt is 409 CONFLICT carrying the current record', async () => {
    const first = await http.post('/api/talent/p-045/moves', HR, {
      performance: 0.9,
      reason: 'calibrated up',
    });
    expect(first.status).toBe(200);
    const stale = await http.post('/api/talent/p-045/moves', HR, {
      performance: 0.1,
      reason: 'stale screen',
      expectedUpdatedAt: '2000-01-01T00:00:00.000Z',
    });
    expect(stale).toMatchObject({ status: 409, body: { code: 'CONFLICT', id: 'p-045' } });
    expect(stale.body.details.current).toMatchObject({ personId: 'p-045', performance: 0.9 });
    const fresh = await http.post('/api/talent/p-045/moves', HR, {
      performance: 0.8,
      reason: 'agreed in the session',
      expectedUpdatedAt: first.body.updatedAt,
    });
    expect(fresh.body.performance).toBe(0.8);
  });

  it('a move needs a reason and changes something', async () => {
    expect((await http.post('/api/talent/p-045/moves', HR, { reason: 'nothing' })).body.code).toBe(
      'EMPTY_INPUT',
    );
    expect(
      (await http.post('/api/talent/p-045/moves', HR, { performance: 0.5, reason: ' ' })).body.code,
    ).toBe('EMPTY_INPUT');
  });
});
