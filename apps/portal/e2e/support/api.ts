import { inject } from 'vitest';

/** A GET on the API as the HR admin (bearer token): how a test looks at the server's state behind the pages. */
export async function apiAsHr<T>(path: string): Promise<T> {
  const res = await fetch(`${inject('portalUrl')}/api${path}`, {
    headers: { authorization: `Bearer ${inject('hrToken')}` },
  });
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}
