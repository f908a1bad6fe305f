import type { Person } from '@northstar/core';

export type PortalRole = 'employee' | 'manager' | 'hr-admin';

export interface PortalSession {
  person: Person;
  role: PortalRole;
  csrfToken: string;
}

function csrfCookie(): string | undefined {
  const match = document.cookie.match(/(?:^|;\s*)ns_csrf=([^;]+)/);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/** The current cookie session, or null when signed out (401). */
export async function readSession(signal?: AbortSignal): Promise<PortalSession | null> {
  // The readable CSRF cookie travels with the HttpOnly session cookie: without it nobody is signed in, and asking
  // would only log a 401 in the console.
  if (csrfCookie() === undefined) return null;
  const res = await fetch('/api/session', { signal, headers: { accept: 'application/json' } });
  if (res.status === 401) return null;
  if (!res.ok) throw new Error(`GET /api/session answered ${res.status}`);
  return (await res.json()) as PortalSession;
}

/** Demo sign-in as a seeded person (the reference server allows it on its embedded database). */
export async function signIn(personId: string): Promise<PortalSession> {
  const res = await fetch('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ personId }),
  });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string };
    throw new Error(problem.detail ?? `sign-in answered ${res.status}`);
  }
  return (await res.json()) as PortalSession;
}

export async function signOut(): Promise<void> {
  await fetch('/api/session', {
    method: 'DELETE',
    headers: { 'idempotency-key': crypto.randomUUID(), 'x-csrf-token': csrfCookie() ?? '' },
  });
}
