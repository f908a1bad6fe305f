import { isNorthstarError, type NorthstarError } from '@northstar/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createRestAdapter } from './createRestAdapter.js';
import { createFakeFetch } from './fakeFetch.js';
import type { RestAdapterOptions } from './restAdapter.types.js';

function setup(options: Partial<RestAdapterOptions> = {}) {
  const fake = createFakeFetch();
  return { fake, adapter: createRestAdapter({ baseUrl: '/api', fetch: fake.fetch, ...options }) };
}

async function rejection(promise: Promise<unknown>): Promise<NorthstarError> {
  try {
    await promise;
  } catch (error) {
    if (isNorthstarError(error)) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

// In Chromium the real document.cookie is used; in Node a stand-in document.
const inBrowser = typeof window !== 'undefined';
function setCookies(cookies: string): void {
  if (inBrowser) {
    // biome-ignore lint/suspicious/noDocumentCookie: the adapter reads document.cookie, so the test writes it.
    for (const cookie of cookies.split('; ')) document.cookie = `${cookie}; path=/`;
  } else (globalThis as { document?: unknown }).document = { cookie: cookies };
}
function clearCookies(): void {
  if (inBrowser) {
    for (const cookie of document.cookie.split('; ').filter(Boolean)) {
      // biome-ignore lint/suspicious/noDocumentCookie: expiring the cookies the test set.
      document.cookie = `${cookie.split('=')[0]}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
    }
  } else delete (globalThis as { document?: unknown }).document;
}

describe('headers', () => {
  afterEach(clearCookies);

  it('sends the idempotency key, JSON content type and CSRF token on writes, and neither on reads', async () => {
    const { fake, adapter } = setup({ csrfToken: 'csrf-1', credentials: 'include' });
    void adapter.goals.checkIn('g-1', { current: 2 }, { idempotencyKey: 'key-7' });
    const write = await fake.request(0);
    expect(write.headers).toEqual({
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'Idempotency-Key': 'key-7',
      'X-CSRF-Token': 'csrf-1',
    });
    expect(write.credentials).toBe('include');
    void adapter.goals.list({});
    expect((await fake.request(1)).headers).toEqual({ Accept: 'application/json' });
  });

  it('adds static or per-request headers such as a rotating bearer token', async () => {
    let token = 'a';
    const { fake, adapter } = setup({ headers: async () => ({ Authorization: `Bearer ${token}` }) });
    void adapter.people.get('p-1');
    expect((await fake.request(0)).headers.Authorization).toBe('Bearer a');
    token = 'b';
    void adapter.people.get('p-1');
    expect((await fake.request(1)).headers.Authorization).toBe('Bearer b');
    const fixed = setup({ headers: { 'X-Tenant': 'acme' } });
    void fixed.adapter.cycles.list();
    expect((await fixed.fake.request(0)).headers['X-Tenant']).toBe('acme');
  });

  it('reads the CSRF token from the ns_csrf cookie in a browser, or from a function', async () => {
    setCookies('theme=dark; ns_csrf=tok%3D1');
    const browser = setup();
    void browser.adapter.goals.remove('g-1', { idempotencyKey: 'k' });
    expect((await browser.fake.request(0)).headers['X-CSRF-Token']).toBe('tok=1');
    const fromFunction = setup({ csrfToken: () => 'fn-token' });
    void fromFunction.adapter.goals.remove('g-1', { idempotencyKey: 'k' });
    expect((await fromFunction.fake.request(0)).headers['X-CSRF-Token']).toBe('fn-token');
  });

  it('sends no CSRF header without a token (bearer-token callers)', async () => {
    const { fake, adapter } = setup();
    void adapter.goals.remove('g-1', { idempotencyKey: 'k' });
    expect((await fake.request(0)).headers['X-CSRF-Token']).toBeUndefined();
  });

  it('rejects a write without an idempotency key before sending anything', async () => {
    const { fake, adapter } = setup();
    const error = await rejection(adapter.goals.create({ title: 'T' }, { idempotencyKey: '' }));
    expect(error.code).toBe('EMPTY_INPUT');
    expect(error.details.field).toBe('idempotencyKey');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('problem+json → NorthstarError', () => {
  const cases: [string, number, unknown, string, boolean][] = [
    [
      'NOT_FOUND',
      404,
      { code: 'NOT_FOUND', detail: 'goal "g-9" was not found', id: 'g-9' },
      'NOT_FOUND',
      false,
    ],
    [
      'VALIDATION',
      400,
      { code: 'VALIDATION', detail: 'title: required', field: 'title' },
      'VALIDATION',
      false,
    ],
    ['UNAUTHENTICATED', 401, { code: 'UNAUTHENTICATED', title: 'Sign in' }, 'UNAUTHENTICATED', false],
    ['CSRF', 403, { code: 'CSRF', detail: 'missing X-CSRF-Token' }, 'CSRF', false],
    ['PAYLOAD_TOO_LARGE', 413, { code: 'PAYLOAD_TOO_LARGE' }, 'PAYLOAD_TOO_LARGE', false],
    ['IDEMPOTENCY_MISMATCH', 422, { code: 'IDEMPOTENCY_MISMATCH' }, 'IDEMPOTENCY_MISMATCH', false],
    ['RATE_LIMITED', 429, { code: 'RATE_LIMITED' }, 'RATE_LIMITED', true],
    ['INTERNAL', 500, { code: 'INTERNAL' }, 'INTERNAL', true],
    ['a 503 from a proxy, HTML body', 503, '<html>Service Unavailable</html>', 'INTERNAL', true],
    ['an unknown code, by status', 403, { code: 'SOMETHING_NEW' }, 'FORBIDDEN', false],
  ];

  it.each(cases)('%s', async (_name, status, body, code, retryable) => {
    const { fake, adapter } = setup();
    const call = adapter.goals.get('g-9');
    (await fake.request(0)).respond(status, body);
    const error = await rejection(call);
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(error.details.status).toBe(status);
    if (typeof body === 'object' && body !== null && 'detail' in body)
      expect(error.message).toBe(body.detail);
  });

  it('keeps the offending id, field and the problem’s details (a cycle’s ids)', async () => {
    const { fake, adapter } = setup();
    const call = adapter.goals.align('g-1', [{ id: 'g-2' }], { idempotencyKey: 'k' });
    (await fake.request(0)).respond(409, {
      type: 'https://northstar.dev/problems/cycle',
      title: 'Cycle',
      status: 409,
      code: 'CYCLE',
      detail: 'aligning goal "g-1" to "g-2" would close the cycle g-1 → g-2 → g-1',
      id: 'g-1',
      field: 'parents',
      details: { cycle: ['g-1', 'g-2', 'g-1'] },
    });
    const error = await rejection(call);
    expect(error.code).toBe('CYCLE');
    expect(error.details).toEqual({ id: 'g-1', field: 'parents', status: 409, cycle: ['g-1', 'g-2', 'g-1'] });
  });

  it('passes Retry-After of a 429 on', async () => {
    const { fake, adapter } = setup();
    const call = adapter.kpis.list({});
    (await fake.request(0)).respond(429, { code: 'RATE_LIMITED' }, { 'Retry-After': '3' });
    expect((await rejection(call)).details.retryAfter).toBe('3');
  });

  it('maps a network failure to NETWORK, retryable, with the cause', async () => {
    const { fake, adapter } = setup();
    const call = adapter.kpis.get('k-1');
    const cause = new TypeError('fetch failed');
    (await fake.request(0)).fail(cause);
    const error = await rejection(call);
    expect(error.code).toBe('NETWORK');
    expect(error.retryable).toBe(true);
    expect(error.cause).toBe(cause);
    expect(error.message).toContain('kpis.get');
  });

  it('rejects a success whose body is not JSON as INTERNAL, not retryable', async () => {
    const { fake, adapter } = setup();
    const call = adapter.cycles.list();
    (await fake.request(0)).respond(200, '<html>login page</html>');
    const error = await rejection(call);
    expect(error.code).toBe('INTERNAL');
    expect(error.retryable).toBe(false);
  });
});

describe('AbortSignal', () => {
  it('rejects ABORTED without a request when the signal has already aborted', async () => {
    const { fake, adapter } = setup();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(
      adapter.goals.create({ title: 'T' }, { idempotencyKey: 'k', signal: controller.signal }),
    );
    expect(error.code).toBe('ABORTED');
    expect(error.retryable).toBe(false);
    expect(fake.requests).toHaveLength(0);
  });

  it('passes the signal to fetch and rejects ABORTED when it aborts in flight', async () => {
    const { fake, adapter } = setup();
    const controller = new AbortController();
    const call = adapter.goals.list({}, { signal: controller.signal });
    const request = await fake.request(0);
    expect(request.signal).toBe(controller.signal);
    controller.abort();
    const error = await rejection(call);
    expect(error.code).toBe('ABORTED');
    expect(error.details.method).toBe('goals.list');
  });
});
