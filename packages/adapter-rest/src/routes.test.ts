import type { NorthstarAdapter } from '@northstar/core/adapters';
import { describe, expect, it } from 'vitest';
import { createRestAdapter } from './createRestAdapter.js';
import { createFakeFetch } from './fakeFetch.js';
import type { RestAdapter } from './restAdapter.types.js';

const w = { idempotencyKey: 'k-1' };

// Each adapter call → the method, URL and body of the route table in the REST contract.
const ROUTES: [string, (a: RestAdapter) => Promise<unknown>, string, string, unknown?][] = [
  [
    'goals.list',
    (a) => a.goals.list({ cycleId: 'c 1', ownerId: 'p-1', ids: ['g-1', 'g-2'] }),
    'GET',
    '/api/goals?cycleId=c+1&ownerId=p-1&ids=g-1%2Cg-2',
  ],
  ['goals.get', (a) => a.goals.get('g/1'), 'GET', '/api/goals/g%2F1'],
  ['goals.listChildren', (a) => a.goals.listChildren('g-1'), 'GET', '/api/goals/g-1/children'],
  ['goals.create', (a) => a.goals.create({ title: 'T' }, w), 'POST', '/api/goals', { title: 'T' }],
  [
    'goals.update',
    (a) => a.goals.update('g-1', { title: 'U' }, w),
    'PATCH',
    '/api/goals/g-1',
    { title: 'U' },
  ],
  [
    'goals.checkIn',
    (a) => a.goals.checkIn('g-1', { current: 3 }, w),
    'POST',
    '/api/goals/g-1/check-ins',
    { current: 3 },
  ],
  [
    'goals.align',
    (a) => a.goals.align('g-1', [{ id: 'g-0' }], w),
    'PUT',
    '/api/goals/g-1/parents',
    { parents: [{ id: 'g-0' }] },
  ],
  ['goals.remove', (a) => a.goals.remove('g-1', w), 'DELETE', '/api/goals/g-1'],
  ['kpis.list', (a) => a.kpis.list({ department: 'Sales' }), 'GET', '/api/kpis?department=Sales'],
  ['kpis.get', (a) => a.kpis.get('k-1'), 'GET', '/api/kpis/k-1'],
  [
    'kpis.history',
    (a) => a.kpis.history('k-1', { from: '2026-01', to: '2026-06' }),
    'GET',
    '/api/kpis/k-1/history?from=2026-01&to=2026-06',
  ],
  [
    'kpis.historyMany',
    (a) => a.kpis.historyMany(['k-1', 'k-2'], {}),
    'GET',
    '/api/kpi-history?ids=k-1%2Ck-2',
  ],
  [
    'kpis.record',
    (a) => a.kpis.record('k-1', { period: '2026-07', actual: 4 }, w),
    'POST',
    '/api/kpis/k-1/samples',
    { period: '2026-07', actual: 4 },
  ],
  ['feedback.listTemplates', (a) => a.feedback.listTemplates(), 'GET', '/api/feedback/templates'],
  ['feedback.getTemplate', (a) => a.feedback.getTemplate('t-1'), 'GET', '/api/feedback/templates/t-1'],
  [
    'feedback.summarize',
    (a) => a.feedback.summarize({ subjectId: 'p-2', templateId: 't-1' }),
    'GET',
    '/api/feedback/summary?subjectId=p-2&templateId=t-1',
  ],
  [
    'feedback.submit',
    (a) =>
      a.feedback.submit(
        { templateId: 't-1', subjectId: 'p-2', raterId: 'p-1', relationship: 'peer', answers: { q: 4 } },
        w,
      ),
    'POST',
    '/api/feedback/responses',
    { templateId: 't-1', subjectId: 'p-2', raterId: 'p-1', relationship: 'peer', answers: { q: 4 } },
  ],
  [
    'feedback.saveDraft',
    (a) =>
      a.feedback.saveDraft(
        { templateId: 't-1', subjectId: 'p-2', raterId: 'p-1', relationship: 'peer', answers: {} },
        w,
      ),
    'PUT',
    '/api/feedback/drafts',
    { templateId: 't-1', subjectId: 'p-2', raterId: 'p-1', relationship: 'peer', answers: {} },
  ],
  [
    'feedback.loadDraft',
    (a) => a.feedback.loadDraft({ templateId: 't-1', subjectId: 'p-2', raterId: 'p-1' }),
    'GET',
    '/api/feedback/drafts?templateId=t-1&subjectId=p-2&raterId=p-1',
  ],
  ['feedback.deleteDraft', (a) => a.feedback.deleteDraft('d-1', w), 'DELETE', '/api/feedback/drafts/d-1'],
  [
    'feedback.listRequests',
    (a) => a.feedback.listRequests({ raterId: 'p-1', status: 'open' }),
    'GET',
    '/api/feedback/requests?raterId=p-1&status=open',
  ],
  [
    'feedback.request',
    (a) =>
      a.feedback.request([{ templateId: 't-1', subjectId: 'p-2', raterId: 'p-3', relationship: 'peer' }], w),
    'POST',
    '/api/feedback/requests',
    { requests: [{ templateId: 't-1', subjectId: 'p-2', raterId: 'p-3', relationship: 'peer' }] },
  ],
  ['talent.list', (a) => a.talent.list({ cycleId: 'c-1' }), 'GET', '/api/talent?cycleId=c-1'],
  [
    'talent.move',
    (a) => a.talent.move('p-2', { box: 9, reason: 'R' }, w),
    'POST',
    '/api/talent/p-2/moves',
    { box: 9, reason: 'R' },
  ],
  [
    'talent.listMoves',
    (a) => a.talent.listMoves({ personId: 'p-2' }),
    'GET',
    '/api/talent/moves?personId=p-2',
  ],
  [
    'people.list',
    (a) => a.people.list({ managerId: null, search: 'ada' }),
    'GET',
    '/api/people?managerId=&search=ada',
  ],
  ['people.get', (a) => a.people.get('p-1'), 'GET', '/api/people/p-1'],
  ['cycles.list', (a) => a.cycles.list(), 'GET', '/api/cycles'],
  ['cycles.get', (a) => a.cycles.get('c-1'), 'GET', '/api/cycles/c-1'],
];

describe('route table', () => {
  it.each(ROUTES)('%s → its route', async (_name, call, method, url, body) => {
    const fake = createFakeFetch();
    const adapter = createRestAdapter({ baseUrl: 'https://perf.example.com/api/', fetch: fake.fetch });
    const result = call(adapter);
    const request = await fake.request(0);
    expect(request.method).toBe(method);
    expect(request.url).toBe(`https://perf.example.com${url}`);
    expect(request.body).toEqual(body);
    request.respond(200, { ok: true });
    await result;
  });

  it('covers every adapter method but feedback.listResponses', () => {
    // Type-checked: the provider of @northstar/react takes it as a NorthstarAdapter.
    const adapter: NorthstarAdapter & RestAdapter = createRestAdapter({ baseUrl: '/api' });
    const methods = Object.entries(adapter).flatMap(([domain, value]) =>
      typeof value === 'function' ? [domain] : Object.keys(value).map((method) => `${domain}.${method}`),
    );
    expect(methods.filter((m) => m !== 'subscribe').sort()).toEqual(ROUTES.map(([name]) => name).sort());
    expect('listResponses' in adapter.feedback).toBe(false);
  });

  it('resolves JSON bodies, a 204 to undefined and a missing draft to null', async () => {
    const fake = createFakeFetch();
    const adapter = createRestAdapter({ baseUrl: '/api', fetch: fake.fetch });
    const goal = adapter.goals.get('g-1');
    (await fake.request(0)).respond(200, { id: 'g-1', title: 'Grow', checkIns: [] });
    expect(await goal).toEqual({ id: 'g-1', title: 'Grow', checkIns: [] });
    const removed = adapter.goals.remove('g-1', w);
    (await fake.request(1)).respond(204);
    expect(await removed).toBeUndefined();
    const draft = adapter.feedback.loadDraft({ templateId: 't', subjectId: 's', raterId: 'r' });
    (await fake.request(2)).respond(200, null);
    expect(await draft).toBe(null);
  });

  it('answers an empty id list locally, without a request', async () => {
    const fake = createFakeFetch();
    const adapter = createRestAdapter({ baseUrl: '/api', fetch: fake.fetch });
    expect(await adapter.goals.list({ ids: [] })).toEqual([]);
    expect(await adapter.kpis.list({ ids: [] })).toEqual([]);
    expect(await adapter.people.list({ ids: [] })).toEqual([]);
    expect(await adapter.kpis.historyMany([], {})).toEqual({});
    expect(fake.requests).toHaveLength(0);
  });
});
