import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, SAMPLE_ORG } from './test-support/client.js';
import { startTestServer, type TestServer } from './testing.js';

// Who is who in the sample organisation (examples/sample-org): p-053 manages p-221…p-227 and reports to p-012;
// p-009 is the Chief People Officer (People department: HR admin); p-018 manages a Sales team.
const EMPLOYEE = 'p-221';
const PEER = 'p-222';
const MANAGER = 'p-053';
const SKIP_MANAGER = 'p-012';
const HR = 'p-009';
const OTHER_MANAGER = 'p-018';
const EMPLOYEE_KR = 'g-0364';
const PEER_KR = 'g-0369';

interface SampleResponse {
  subjectId: string;
  raterId: string;
  relationship: string;
  anonymous: boolean;
}
const sample = JSON.parse(readFileSync(join(SAMPLE_ORG, 'sample-org.json'), 'utf8')) as {
  responses: SampleResponse[];
  people: { id: string; managerId?: string }[];
};

let server: TestServer;
let http: ReturnType<typeof api>;

beforeAll(async () => {
  server = await startTestServer({ seed: SAMPLE_ORG });
  http = api(server);
});
afterAll(async () => {
  await server?.stop();
});

describe('roles derived from the data', () => {
  it.each([
    [EMPLOYEE, 'employee'],
    [MANAGER, 'manager'],
    [HR, 'hr-admin'],
  ])('%s signs in as %s', async (personId, role) => {
    const { status, body } = await http.get('/api/session', personId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ person: { id: personId }, role });
  });

  it('every route but health, docs and sign-in needs a caller (401 problem)', async () => {
    for (const path of [
      '/api/goals',
      '/api/people/p-001',
      '/api/feedback/templates',
      '/api/talent',
      '/api/events',
    ]) {
      const { status, body } = await http.get(path);
      expect(status).toBe(401);
      expect(body.code).toBe('UNAUTHENTICATED');
    }
    expect((await http.get('/api/health')).status).toBe(200);
  });
});

describe('goals per role', () => {
  it('an employee reads company and department goals, their own and their managers’, not a peer’s', async () => {
    expect((await http.get('/api/goals/g-0001', EMPLOYEE)).status).toBe(200);
    expect((await http.get(`/api/goals/${EMPLOYEE_KR}`, EMPLOYEE)).status).toBe(200);
    const peer = await http.get(`/api/goals/${PEER_KR}`, EMPLOYEE);
    expect(peer.status).toBe(404);
    expect(peer.body).toMatchObject({ code: 'NOT_FOUND', id: PEER_KR });
    const listed = await http.get(`/api/goals?ownerId=${PEER}`, EMPLOYEE);
    expect(listed.body).toEqual([]);
  });

  it('a manager reads and checks in on the goals of the whole chain below them', async () => {
    expect((await http.get(`/api/goals?ownerId=${PEER}`, MANAGER)).body.length).toBeGreaterThan(0);
    const checkIn = await http.post(`/api/goals/${PEER_KR}/check-ins`, SKIP_MANAGER, { current: 1 });
    expect(checkIn.status).toBe(200);
    expect(checkIn.body.checkIns.at(-1).authorId).toBe(SKIP_MANAGER);
  });

  it('an employee checks in on their own key result but not on a company goal they can read (403)', async () => {
    expect((await http.post(`/api/goals/${EMPLOYEE_KR}/check-ins`, EMPLOYEE, { current: 2 })).status).toBe(
      200,
    );
    const denied = await http.post('/api/goals/g-0002/check-ins', EMPLOYEE, { current: 42 });
    expect(denied.status).toBe(403);
    expect(denied.body.code).toBe('FORBIDDEN');
  });

  it('a manager of another unit gets 404 for goals they may not see, and cannot create goals for others', async () => {
    expect((await http.post(`/api/goals/${PEER_KR}/check-ins`, OTHER_MANAGER, { current: 1 })).status).toBe(
      404,
    );
    const created = await http.post('/api/goals', EMPLOYEE, { title: 'Not mine', ownerId: PEER });
    expect(created).toMatchObject({ status: 403, body: { code: 'FORBIDDEN', field: 'ownerId' } });
  });
});

describe('feedback per role', () => {
  const subject = (() => {
    const counts = new Map<string, number>();
    for (const r of sample.responses) {
      if (r.anonymous && r.relationship === 'peer')
        counts.set(r.subjectId, (counts.get(r.subjectId) ?? 0) + 1);
    }
    return [...counts].find(([, n]) => n >= 3)![0];
  })();
  const managerOf = sample.people.find((p) => p.id === subject)!.managerId!;
  const outsider = sample.people.find(
    (p) => p.id !== subject && p.managerId !== undefined && p.managerId !== subject && p.id !== managerOf,
  )!.id;
  const summaryPath = `/api/feedback/summary?subjectId=${subject}&templateId=h2-360`;

  it('the subject, their manager and HR admins read the summary; anyone else gets 403', async () => {
    for (const reader of [subject, managerOf, HR])
      expect((await http.get(summaryPath, reader)).status).toBe(200);
    const denied = await http.get(summaryPath, outsider);
    expect(denied).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
  });

  it('the summary never names an anonymous rater, and raw responses have no route', async () => {
    const { body } = await http.get(summaryPath, HR);
    const text = JSON.stringify(body);
    const anonymous = sample.responses.filter((r) => r.subjectId === subject && r.anonymous);
    for (const r of anonymous)
      if (r.raterId !== subject && r.raterId !== managerOf) expect(text).not.toContain(`"${r.raterId}"`);
    expect(text).not.toContain('raterId');
    expect((await http.get('/api/feedback/responses', HR)).status).toBe(404);
  });

  it('feedback is submitted only as the signed-in rater', async () => {
    const input = {
      templateId: 'h2-360',
      subjectId: PEER,
      raterId: EMPLOYEE,
      relationship: 'peer',
      answers: { impact: 4, collaboration: 4, communication: 3 },
    };
    expect((await http.post('/api/feedback/responses', EMPLOYEE, input)).status).toBe(201);
    const spoofed = await http.post('/api/feedback/responses', PEER, input);
    expect(spoofed).toMatchObject({ status: 403, body: { code: 'FORBIDDEN', field: 'raterId' } });
  });

  it('the org chart backs the manager and direct-report relationships a rater claims', async () => {
    const answers = { impact: 3, collaboration: 3, communication: 3 };
    const base = { templateId: 'h2-360', subjectId: PEER, raterId: EMPLOYEE, answers };
    const fake = await http.post('/api/feedback/responses', EMPLOYEE, { ...base, relationship: 'manager' });
    expect(fake).toMatchObject({ status: 403, body: { code: 'FORBIDDEN', field: 'relationship' } });
    const upward = { ...base, subjectId: MANAGER, relationship: 'direct-report' };
    expect((await http.post('/api/feedback/responses', EMPLOYEE, upward)).status).toBe(201);
  });

  it("a rater's draft is invisible to everyone else", async () => {
    const key = { templateId: 'h2-360', subjectId: MANAGER, raterId: EMPLOYEE };
    const saved = await http.put('/api/feedback/drafts', EMPLOYEE, {
      ...key,
      relationship: 'direct-report',
      answers: { impact: 2 },
    });
    expect(saved.status).toBe(200);
    const query = `/api/feedback/drafts?templateId=h2-360&subjectId=${MANAGER}&raterId=${EMPLOYEE}`;
    expect((await http.get(query, EMPLOYEE)).body).toMatchObject({ id: saved.body.id });
    expect((await http.get(query, HR)).body).toBe(null);
    expect((await http.delete(`/api/feedback/drafts/${saved.body.id}`, MANAGER)).status).toBe(404);
    expect((await http.delete(`/api/feedback/drafts/${saved.body.id}`, EMPLOYEE)).status).toBe(204);
  });
});

describe('talent per role', () => {
  it('employees may not read talent reviews (403)', async () => {
    expect((await http.get('/api/talent', EMPLOYEE)).status).toBe(403);
    expect((await http.get('/api/talent/moves', EMPLOYEE)).status).toBe(403);
  });

  it('a manager sees their unit only; an HR admin sees everyone', async () => {
    const unit = await http.get('/api/talent', MANAGER);
    expect(unit.body.map((r: { personId: string }) => r.personId).sort()).toEqual(['p-226', 'p-227']);
    expect((await http.get('/api/talent', HR)).body).toHaveLength(120);
  });

  it('a manager moves their own report; a person outside their unit is 404; an HR admin moves anyone', async () => {
    const move = { performance: 0.8, potential: 0.6, reason: 'Led the firmware rewrite' };
    const own = await http.post('/api/talent/p-226/moves', MANAGER, move);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      personId: 'p-226',
      performance: 0.8,
      movedBy: MANAGER,
      reason: move.reason,
    });
    expect((await http.post('/api/talent/p-262/moves', MANAGER, move)).status).toBe(404);
    expect((await http.post('/api/talent/p-262/moves', HR, move)).status).toBe(200);
    const history = await http.get('/api/talent/moves?personId=p-226', MANAGER);
    expect(history.body.at(-1)).toMatchObject({
      personId: 'p-226',
      reason: move.reason,
      to: { performance: 0.8 },
    });
  });
});
