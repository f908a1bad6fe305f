import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, SAMPLE_ORG } from './test-support/client.js';
import { startTestServer, type TestServer } from './testing.js';

const INJECTIONS = [
  "'; drop table goals; --",
  'Robert"); DELETE FROM people WHERE ("1"="1',
  "x' OR '1'='1",
  '$1) or true --',
  '\\x27; select pg_sleep(10); --',
];
const HR = 'p-009';

let server: TestServer;
let http: ReturnType<typeof api>;

beforeAll(async () => {
  server = await startTestServer({ seed: SAMPLE_ORG, maxBodyBytes: 64_000 });
  http = api(server);
});
afterAll(async () => {
  await server?.stop();
});

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(target: TestServer, personId: string): Promise<Session> {
  const res = await fetch(`${target.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  expect(res.status).toBe(200);
  const cookies = res.headers.getSetCookie();
  const session = cookies.find((c) => c.startsWith('ns_session='))!;
  expect(session).toMatch(/HttpOnly/i);
  expect(session).toMatch(/SameSite=Lax/i);
  expect(cookies.find((c) => c.startsWith('ns_csrf='))).not.toMatch(/HttpOnly/i);
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: session.split(';')[0]!, csrf: body.csrfToken };
}

function withSession(session: Session, csrf: string | null = session.csrf): Record<string, string> {
  const headers: Record<string, string> = { cookie: session.cookie, 'idempotency-key': crypto.randomUUID() };
  if (csrf !== null) headers['x-csrf-token'] = csrf;
  return headers;
}

describe('SQL injection strings are data', () => {
  it('are stored and returned verbatim in every text field of every write', async () => {
    for (const text of INJECTIONS) {
      const goal = await http.post('/api/goals', HR, {
        title: text,
        description: text,
        ownerId: HR,
        unit: text,
      });
      expect(goal.status).toBe(201);
      expect(goal.body).toMatchObject({ title: text, description: text, unit: text });
      expect((await http.get(`/api/goals/${goal.body.id}`, HR)).body.title).toBe(text);
      const kr = await http.post('/api/goals', HR, {
        title: 'kr',
        ownerId: HR,
        metric: { start: 0, target: 1 },
      });
      const checkIn = await http.post(`/api/goals/${kr.body.id}/check-ins`, HR, { current: 1, note: text });
      expect(checkIn.body.checkIns[0].note).toBe(text);
      const sample = await http.post('/api/kpis/k-001/samples', 'p-001', { period: text, actual: 1 });
      expect(sample.status).toBe(200);
      const history = await http.get(
        `/api/kpis/k-001/history?from=${encodeURIComponent(text)}&to=${encodeURIComponent(text)}`,
        HR,
      );
      expect(history.body).toEqual([{ kpiId: 'k-001', period: text, actual: 1 }]);
      const response = await http.post('/api/feedback/responses', HR, {
        templateId: 'h2-360',
        subjectId: 'p-038',
        raterId: HR,
        relationship: 'manager',
        answers: { impact: 3, collaboration: 3, communication: 3, comments: text },
      });
      expect(response.body.answers.comments).toBe(text);
      const draft = await http.put('/api/feedback/drafts', HR, {
        templateId: 'h2-360',
        subjectId: 'p-040',
        raterId: HR,
        relationship: 'manager',
        answers: { comments: text },
      });
      expect(draft.body.answers.comments).toBe(text);
      const move = await http.post('/api/talent/p-038/moves', HR, { potential: 0.5, reason: text });
      expect(move.body.reason).toBe(text);
    }
    const people = await http.get('/api/people', HR);
    expect(people.body).toHaveLength(300);
  });

  it('are plain values in every query parameter', async () => {
    for (const text of INJECTIONS) {
      const q = encodeURIComponent(text);
      expect((await http.get(`/api/people?search=${q}`, HR)).body).toEqual([]);
      expect((await http.get(`/api/people?department=${q}`, HR)).body).toEqual([]);
      expect((await http.get(`/api/people?managerId=${q}`, HR)).body).toEqual([]);
      expect((await http.get(`/api/kpis?department=${q}`, HR)).body).toEqual([]);
      expect((await http.get(`/api/kpi-history?ids=k-001&from=${q}&to=${q}`, HR)).status).toBe(200);
      // Id-shaped parameters refuse such strings by schema before any SQL runs.
      for (const path of [`/api/goals?ownerId=${q}`, `/api/goals?cycleId=${q}`, `/api/talent?cycleId=${q}`]) {
        const { status, body } = await http.get(path, HR);
        expect(status).toBe(400);
        expect(body.code).toBe('VALIDATION');
      }
      expect((await http.get(`/api/goals?ids=${q}`, HR)).body).toEqual([]);
    }
    expect((await http.get('/api/goals', HR)).body.length).toBeGreaterThanOrEqual(642);
  });
});

describe('bad input', () => {
  it('malformed JSON is a 400 problem', async () => {
    const { status, body, headers } = await http.post('/api/goals', HR, '{"title": "x",');
    expect(status).toBe(400);
    expect(body.code).toBe('VALIDATION');
    expect(headers.get('content-type')).toContain('application/problem+json');
  });

  it('an oversized body is 413 PAYLOAD_TOO_LARGE', async () => {
    const { status, body } = await http.post('/api/goals', HR, { title: 'x'.repeat(70_000), ownerId: HR });
    expect(status).toBe(413);
    expect(body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('unknown fields, wrong types, bad ids and non-ISO dates name the field (400)', async () => {
    const cases: [string, unknown, string][] = [
      ['/api/goals', { title: 'x', ownerId: HR, colour: 'red' }, 'colour'],
      ['/api/goals', { title: 42, ownerId: HR }, 'title'],
      ['/api/goals', { title: 'x', ownerId: 'not an id!' }, 'ownerId'],
      ['/api/goals/g-0021/check-ins', { current: 'NaN' }, 'current'],
      ['/api/goals/g-0021/check-ins', { current: 1, at: 'yesterday' }, 'at'],
    ];
    for (const [path, input, field] of cases) {
      const { status, body } = await http.post(path, HR, input);
      expect(status, path).toBe(400);
      expect(body).toMatchObject({ code: 'VALIDATION', field });
    }
  });

  it('a rating outside its scale is 422 with core’s code, naming the answer', async () => {
    const { status, body } = await http.post('/api/feedback/responses', HR, {
      templateId: 'h2-360',
      subjectId: 'p-039',
      raterId: HR,
      relationship: 'manager',
      answers: { impact: 9, collaboration: 3, communication: 3 },
    });
    expect(status).toBe(422);
    expect(body).toMatchObject({ code: 'OUT_OF_SCALE', field: 'answers.impact' });
  });

  it('a failing multi-row write leaves nothing half-written', async () => {
    const good = { templateId: 'h2-360', subjectId: 'p-041', raterId: 'p-042', relationship: 'peer' };
    const bad = { ...good, raterId: 'p-043', relationship: 'self' };
    const { status } = await http.post('/api/feedback/requests', HR, { requests: [good, bad] });
    expect(status).toBe(422);
    expect((await http.get('/api/feedback/requests?subjectId=p-041', HR)).body).toEqual([]);
  });

  it('writes without an Idempotency-Key are 400', async () => {
    const res = await fetch(`${server.url}/api/goals/g-0021/check-ins`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.tokenFor(HR)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ current: 1 }),
    });
    expect(res.status).toBe(400);
    const problemBody = (await res.json()) as { field: string };
    expect(problemBody.field).toBe('Idempotency-Key');
  });
});

describe('sessions and CSRF', () => {
  it('a signed-in session reads and, with its CSRF token, writes', async () => {
    const session = await signIn(server, 'p-221');
    const me = await fetch(`${server.url}/api/session`, { headers: { cookie: session.cookie } });
    expect(((await me.json()) as { role: string }).role).toBe('employee');
    const res = await fetch(`${server.url}/api/goals/g-0364/check-ins`, {
      method: 'POST',
      headers: { ...withSession(session), 'content-type': 'application/json' },
      body: JSON.stringify({ current: 3 }),
    });
    expect(res.status).toBe(200);
  });

  it('refuses a write with a missing CSRF token, or with the token of another session (403 CSRF)', async () => {
    const mine = await signIn(server, 'p-221');
    const theirs = await signIn(server, 'p-221');
    for (const csrf of [null, theirs.csrf]) {
      const res = await fetch(`${server.url}/api/goals/g-0364/check-ins`, {
        method: 'POST',
        headers: { ...withSession(mine, csrf), 'content-type': 'application/json' },
        body: JSON.stringify({ current: 4 }),
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { code: string }).code).toBe('CSRF');
    }
  });

  it('refuses a tampered cookie, a cookie signed by another server and a signed-out session (401)', async () => {
    const session = await signIn(server, 'p-221');
    const [name, value] = session.cookie.split('=') as [string, string];
    const tampered = `${name}=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
    const other = await startTestServer({ seed: { people: [{ id: 'p-221', name: 'Elsewhere' }] } });
    let foreign: Session;
    try {
      foreign = await signIn(other, 'p-221');
    } finally {
      await other.stop();
    }
    for (const cookie of [tampered, foreign.cookie]) {
      const res = await fetch(`${server.url}/api/session`, { headers: { cookie } });
      expect(res.status).toBe(401);
    }
    const out = await fetch(`${server.url}/api/session`, { method: 'DELETE', headers: withSession(session) });
    expect(out.status).toBe(204);
    expect((await fetch(`${server.url}/api/session`, { headers: { cookie: session.cookie } })).status).toBe(
      401,
    );
  });

  it('refuses a forged bearer token (401)', async () => {
    const res = await fetch(`${server.url}/api/goals`, {
      headers: { authorization: 'Bearer nst.cC0wMDE.forged' },
    });
    expect(res.status).toBe(401);
  });
});

describe('security headers', () => {
  it('are on every response: success, problem, docs and unknown routes', async () => {
    const answers = [
      await http.get('/api/health'),
      await http.get('/api/goals/g-0001', HR),
      await http.get('/api/goals'),
      await http.get('/api/nope', HR),
      await http.get('/api/docs'),
      await http.post('/api/goals', HR, '{'),
    ];
    for (const { headers } of answers) {
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('the API describes itself', () => {
  it('serves OpenAPI 3.1 with every route of the contract and a reference page', async () => {
    const { body } = await http.get('/api/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/goals/{id}/check-ins',
      '/api/kpi-history',
      '/api/feedback/summary',
      '/api/talent/moves',
    ]) {
      expect(Object.keys(body.paths)).toContain(path);
    }
    const docs = await http.get('/api/docs');
    expect(docs.headers.get('content-type')).toContain('text/html');
    expect(docs.body).toContain('/api/goals/{id}/parents');
  });
});
