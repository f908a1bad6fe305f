import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, SAMPLE_ORG } from '../test-support/client.js';
import { startTestServer, type TestServer } from '../testing.js';

// Sample organisation: p-055, p-056 and p-057 (no reports) report to p-012; p-058 reports to p-013;
// p-009 is an HR admin; p-221 is an employee elsewhere (under p-053).
const SUBJECT = 'p-057';
const PEER = 'p-055';
const OTHER_PEER = 'p-056';
const MANAGER = 'p-012';
const STRANGER = 'p-058';
const HR = 'p-009';
const OUTSIDER = 'p-221';
const TEMPLATE = 'h2-360';

interface Listed {
  id: string;
  subjectId: string;
  raterId: string;
  relationship: string;
  status?: string;
  requestedBy?: string;
}

let server: TestServer;
let http: ReturnType<typeof api>;
let aboutSubject: Listed[];
let subjectRates: Listed;

const ask = (as: string, requests: object[]) => http.post('/api/feedback/requests', as, { requests });
const list = async (as: string, query: string): Promise<Listed[]> => {
  const answer = await http.get(`/api/feedback/requests?${query}`, as);
  expect(answer.status).toBe(200);
  return answer.body as Listed[];
};
const byRater = (rows: Listed[]) => [...rows].sort((a, b) => a.raterId.localeCompare(b.raterId));

beforeAll(async () => {
  server = await startTestServer({ seed: SAMPLE_ORG });
  http = api(server);
  const made = await ask(HR, [
    { templateId: TEMPLATE, subjectId: SUBJECT, raterId: PEER, relationship: 'peer' },
    { templateId: TEMPLATE, subjectId: SUBJECT, raterId: MANAGER, relationship: 'manager' },
    { templateId: TEMPLATE, subjectId: OTHER_PEER, raterId: SUBJECT, relationship: 'peer' },
    { templateId: TEMPLATE, subjectId: OTHER_PEER, raterId: STRANGER, relationship: 'other' },
  ]);
  expect(made.status).toBe(201);
  aboutSubject = (made.body as Listed[]).slice(0, 2);
  subjectRates = (made.body as Listed[])[2]!;
  // PEER answers anonymously: their request about SUBJECT becomes `submitted`.
  const answered = await http.post('/api/feedback/responses', PEER, {
    templateId: TEMPLATE,
    subjectId: SUBJECT,
    raterId: PEER,
    relationship: 'peer',
    anonymous: true,
    answers: { impact: 4, collaboration: 4, communication: 4 },
  });
  expect(answered.status).toBe(201);
});
afterAll(async () => {
  await server?.stop();
});

describe('listing feedback requests about yourself', () => {
  it('the subject sees who was asked about them and with which relationship, never whether they answered', async () => {
    const rows = await list(SUBJECT, `subjectId=${SUBJECT}`);
    expect(byRater(rows).map(({ id, raterId, relationship }) => ({ id, raterId, relationship }))).toEqual(
      byRater(aboutSubject).map(({ id, raterId, relationship }) => ({ id, raterId, relationship })),
    );
    for (const row of rows) {
      expect(row).not.toHaveProperty('status');
      expect(row.requestedBy).toBe(HR);
    }
  });

  it('a status filter never matches the requests about the subject, so it cannot reveal who answered', async () => {
    expect(await list(SUBJECT, `subjectId=${SUBJECT}&status=submitted`)).toEqual([]);
    expect(await list(SUBJECT, `subjectId=${SUBJECT}&status=open`)).toEqual([]);
  });

  it('the requests the subject must answer keep their status; requests about others stay hidden', async () => {
    const rows = await list(SUBJECT, `subjectId=${OTHER_PEER}`);
    expect(rows).toEqual([
      expect.objectContaining({ id: subjectRates.id, raterId: SUBJECT, status: 'open' }),
    ]);
    expect(await list(OUTSIDER, `subjectId=${SUBJECT}`)).toEqual([]);
    expect(await list(OUTSIDER, `subjectId=${OTHER_PEER}`)).toEqual([]);
  });

  it("the subject's manager and HR admins still see every request about them, with its status", async () => {
    for (const reader of [MANAGER, HR]) {
      const rows = byRater(await list(reader, `subjectId=${SUBJECT}`));
      expect(rows.map(({ raterId, status }) => ({ raterId, status }))).toEqual([
        { raterId: MANAGER, status: 'open' },
        { raterId: PEER, status: 'submitted' },
      ]);
    }
  });

  it('asking again returns the earlier request without status instead of a fresh id that would tell', async () => {
    const again = await ask(SUBJECT, [
      { templateId: TEMPLATE, subjectId: SUBJECT, raterId: PEER, relationship: 'peer' },
      { templateId: TEMPLATE, subjectId: SUBJECT, raterId: MANAGER, relationship: 'manager' },
    ]);
    expect(again.status).toBe(201);
    expect(byRater(again.body as Listed[]).map((r) => r.id)).toEqual(byRater(aboutSubject).map((r) => r.id));
    for (const row of again.body as Listed[]) expect(row).not.toHaveProperty('status');
    expect(await list(HR, `subjectId=${SUBJECT}`)).toHaveLength(2);
  });
});

describe('requestedBy is the signed-in person', () => {
  const input = { templateId: TEMPLATE, subjectId: SUBJECT, raterId: STRANGER, relationship: 'other' };

  it('someone else in requestedBy is 403 FORBIDDEN naming the field, for HR admins too, and writes nothing', async () => {
    const spoofed = await ask(SUBJECT, [input, { ...input, raterId: OTHER_PEER, requestedBy: MANAGER }]);
    expect(spoofed).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN', field: 'requests[1].requestedBy' },
    });
    const onBehalf = await ask(HR, [{ ...input, requestedBy: SUBJECT }]);
    expect(onBehalf).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN', field: 'requests[0].requestedBy' },
    });
    expect(await list(HR, `subjectId=${SUBJECT}&raterId=${STRANGER}`)).toEqual([]);
  });

  it('the server records the caller as requestedBy, whether the body names them or leaves it out', async () => {
    const own = await ask(SUBJECT, [{ ...input, requestedBy: SUBJECT }]);
    expect(own.status).toBe(201);
    expect(own.body).toEqual([expect.objectContaining({ raterId: STRANGER, requestedBy: SUBJECT })]);
    const unnamed = await ask(MANAGER, [
      { ...input, subjectId: OTHER_PEER, raterId: PEER, relationship: 'peer' },
    ]);
    expect(unnamed.body).toEqual([expect.objectContaining({ requestedBy: MANAGER, status: 'open' })]);
    const stored = await list(HR, `subjectId=${OTHER_PEER}&raterId=${PEER}`);
    expect(stored).toEqual([expect.objectContaining({ requestedBy: MANAGER })]);
  });
});
