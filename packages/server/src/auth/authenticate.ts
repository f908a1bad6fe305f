import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { ApiContext, ApiEnv } from '../http/context.js';
import { fail } from '../http/problem.js';
import { safeEqual, sign, verifyToken } from './signing.js';

/** The session cookie's name (HttpOnly, signed). */
export const SESSION_COOKIE = 'ns_session';
/** The readable cookie carrying the CSRF token for the double submit. */
export const CSRF_COOKIE = 'ns_csrf';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The value of a session cookie: the session id and its signature.
 *
 * @example
 * setCookie(c, SESSION_COOKIE, sessionCookieValue(secret, sessionId));
 */
export function sessionCookieValue(secret: string, sessionId: string): string {
  return `${sessionId}.${sign(secret, `session:${sessionId}`)}`;
}

/** The session id of a cookie signed by `secret`, or undefined. */
export function sessionIdOf(secret: string, cookie: string): string | undefined {
  const dot = cookie.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const id = cookie.slice(0, dot);
  return safeEqual(cookie.slice(dot + 1), sign(secret, `session:${id}`)) ? id : undefined;
}

/**
 * Resolves the caller from `Authorization: Bearer …` or the signed session cookie (401 otherwise) and, for a
 * cookie session, requires `X-CSRF-Token` on every write (403 CSRF otherwise).
 *
 * @example
 * app.use('/api/*', authenticate(ctx));
 */
export function authenticate(ctx: ApiContext): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const authorization = c.req.header('authorization');
    let personId: string | undefined;
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      personId = match === null ? undefined : verifyToken(ctx.secret, match[1]!);
      if (personId === undefined) fail(401, 'UNAUTHENTICATED', 'the bearer token is not valid');
      c.set('auth', { via: 'bearer' });
    } else {
      const cookie = getCookie(c, SESSION_COOKIE);
      if (cookie === undefined)
        fail(401, 'UNAUTHENTICATED', 'sign in first (POST /api/session) or send a bearer token');
      const sessionId = sessionIdOf(ctx.secret, cookie);
      const rows =
        sessionId === undefined
          ? []
          : await ctx.db.query<{ person_id: string; csrf: string }>(
              'select person_id, csrf from sessions where id = $1',
              [sessionId],
            );
      const session = rows[0];
      if (sessionId === undefined || session === undefined) {
        fail(
          401,
          'UNAUTHENTICATED',
          'the session cookie is not valid (signed out, expired or tampered with)',
        );
      }
      personId = session.person_id;
      c.set('auth', { via: 'session', sessionId, csrf: session.csrf });
      if (WRITES.has(c.req.method)) {
        const header = c.req.header('x-csrf-token');
        if (header === undefined || !safeEqual(header, session.csrf)) {
          fail(403, 'CSRF', 'writes with a cookie session need the X-CSRF-Token header of that session', {
            field: 'X-CSRF-Token',
          });
        }
      }
    }
    const viewer = await ctx.viewers.get(personId);
    if (viewer === undefined) fail(401, 'UNAUTHENTICATED', `person "${personId}" no longer exists`);
    c.set('viewer', viewer);
    await next();
  };
}
