import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { authenticate, CSRF_COOKIE, SESSION_COOKIE, sessionCookieValue } from '../auth/authenticate.js';
import { randomToken } from '../auth/signing.js';
import { loadViewer, type Viewer } from '../auth/viewer.js';
import type { ApiApp, ApiContext } from '../http/context.js';
import { fail } from '../http/problem.js';
import { SessionInputSchema, SessionSchema } from '../schemas/domain.js';
import { body, ERRORS, json, send } from './routeKit.js';

const tags = ['session'];

function sessionBody(viewer: Viewer, csrfToken: string) {
  return { person: viewer.person, role: viewer.role, csrfToken };
}

/**
 * Registers the demo sign-in routes: POST/GET/DELETE /api/session.
 *
 * @example
 * sessionRoutes(app, ctx);
 */
export function sessionRoutes(app: ApiApp, ctx: ApiContext): void {
  const auth = authenticate(ctx);
  const cookieOptions = { path: '/', sameSite: 'Lax', secure: ctx.cookieSecure } as const;

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/session',
      tags,
      summary: 'Demo sign-in as a seeded person: sets the signed HttpOnly session cookie and the CSRF cookie',
      request: { body: body(SessionInputSchema) },
      responses: { 200: json(SessionSchema, 'Signed in'), ...ERRORS },
    }),
    async (c) => {
      if (!ctx.demoSignIn)
        fail(403, 'FORBIDDEN', 'demo sign-in is turned off on this server; use a bearer token');
      const { personId } = c.req.valid('json');
      const viewer = await loadViewer(ctx.db, personId, ctx.rules);
      if (viewer === undefined)
        fail(404, 'NOT_FOUND', `person "${personId}" was not found`, { id: personId, field: 'personId' });
      const sessionId = randomToken();
      const csrf = randomToken();
      await ctx.db.query('insert into sessions (id, person_id, csrf) values ($1, $2, $3)', [
        sessionId,
        personId,
        csrf,
      ]);
      setCookie(c, SESSION_COOKIE, sessionCookieValue(ctx.secret, sessionId), {
        ...cookieOptions,
        httpOnly: true,
      });
      setCookie(c, CSRF_COOKIE, csrf, cookieOptions);
      return send(c, sessionBody(viewer, csrf));
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/session',
      tags,
      middleware: [auth] as const,
      summary: 'Who is signed in (401 when nobody)',
      responses: { 200: json(SessionSchema, 'The session'), ...ERRORS },
    }),
    async (c) => {
      const auth = c.get('auth');
      return send(c, sessionBody(c.get('viewer'), auth.via === 'session' ? auth.csrf : ''));
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/session',
      tags,
      middleware: [auth] as const,
      summary: 'Sign out: the session stops working on every instance',
      responses: { 204: { description: 'Signed out' }, ...ERRORS },
    }),
    async (c) => {
      const auth = c.get('auth');
      if (auth.via === 'session') await ctx.db.query('delete from sessions where id = $1', [auth.sessionId]);
      deleteCookie(c, SESSION_COOKIE, cookieOptions);
      deleteCookie(c, CSRF_COOKIE, cookieOptions);
      return c.body(null, 204) as never;
    },
  );
}
