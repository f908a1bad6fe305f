import type { OpenAPIHono } from '@hono/zod-openapi';
import type { RoleRules, Viewer } from '../auth/viewer.js';
import type { Database } from '../db/database.types.js';
import type { EventHub } from '../events/eventHub.js';

/**
 * What every route handler can reach: the database, the signing secret, the clock, the event hub and the options.
 *
 * @example
 * const rows = await ctx.db.query('select doc from people where id = $1', [id]);
 */
export interface ApiContext {
  db: Database;
  secret: string;
  hub: EventHub;
  now: () => Date;
  rules: RoleRules;
  demoSignIn: boolean;
  cookieSecure: boolean;
  pingMs: number;
  /** The caller's place in the org chart, cached briefly (see `createViewerCache`). */
  viewers: { get(personId: string): Promise<Viewer | undefined> };
}

/**
 * Hono's per-request variables.
 *
 * @example
 * const viewer = c.get('viewer');
 */
export interface ApiEnv {
  Variables: {
    viewer: Viewer;
    /** How the caller signed in; cookie sessions also carry their CSRF token and session id. */
    auth: { via: 'session'; sessionId: string; csrf: string } | { via: 'bearer' };
    /** The raw JSON body of a write, already parsed once by the body guard. */
    rawBody: string;
  };
}

/**
 * The app type the route modules register on.
 *
 * @example
 * export function goalRoutes(app: ApiApp, ctx: ApiContext): void {}
 */
export type ApiApp = OpenAPIHono<ApiEnv>;
