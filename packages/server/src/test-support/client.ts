import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { TestServer } from '../testing.js';

/** The sample organisation's folder, from this package. */
export const SAMPLE_ORG = fileURLToPath(new URL('../../../../examples/sample-org', import.meta.url));

/**
 * A test's view of one HTTP answer.
 *
 * @example
 * const { status, body } = await api(server).get('/api/goals', 'p-001');
 */
// biome-ignore lint/suspicious/noExplicitAny: tests read answers of every shape; each assertion checks the fields it needs.
export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

async function answer(res: Response): Promise<Answer> {
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Non-JSON answers (the docs page) stay text.
  }
  return { status: res.status, body, headers: res.headers };
}

/**
 * Calls the API as a person (bearer token) with a fresh idempotency key per write unless one is given.
 *
 * @example
 * await api(server).post('/api/goals/g-1/check-ins', 'p-006', { current: 4 });
 */
export function api(server: TestServer) {
  const request = async (
    method: string,
    path: string,
    as: string | undefined,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> => {
    const all: Record<string, string> = { ...headers };
    if (as !== undefined) all.authorization = `Bearer ${server.tokenFor(as)}`;
    if (method !== 'GET' && all['idempotency-key'] === undefined) all['idempotency-key'] = randomUUID();
    if (body !== undefined) all['content-type'] = 'application/json';
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: all,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return answer(res);
  };
  return {
    get: (path: string, as?: string, headers?: Record<string, string>) =>
      request('GET', path, as, undefined, headers),
    post: (path: string, as: string | undefined, body?: unknown, headers?: Record<string, string>) =>
      request('POST', path, as, body, headers),
    put: (path: string, as: string | undefined, body?: unknown, headers?: Record<string, string>) =>
      request('PUT', path, as, body, headers),
    patch: (path: string, as: string | undefined, body?: unknown, headers?: Record<string, string>) =>
      request('PATCH', path, as, body, headers),
    delete: (path: string, as: string | undefined, headers?: Record<string, string>) =>
      request('DELETE', path, as, undefined, headers),
  };
}
