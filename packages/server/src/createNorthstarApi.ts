import { OpenAPIHono } from '@hono/zod-openapi';
import { authenticate } from './auth/authenticate.js';
import { issueToken, loadSecret } from './auth/signing.js';
import { createViewerCache, type RoleRules } from './auth/viewer.js';
import type { Database } from './db/database.types.js';
import { startEventHub } from './events/eventHub.js';
import type { ApiContext, ApiEnv } from './http/context.js';
import { jsonBody, securityHeaders, sizeLimit } from './http/guards.js';
import { problem, toProblem } from './http/problem.js';
import { renderDocs } from './http/renderDocs.js';
import { validationProblem } from './http/zodProblem.js';
import { directoryRoutes } from './routes/directoryRoutes.js';
import { eventRoutes } from './routes/eventRoutes.js';
import { feedbackRoutes } from './routes/feedbackRoutes.js';
import { goalRoutes } from './routes/goalRoutes.js';
import { kpiRoutes } from './routes/kpiRoutes.js';
import { sessionRoutes } from './routes/sessionRoutes.js';
import { talentRoutes } from './routes/talentRoutes.js';

/**
 * Options for `createNorthstarApi`.
 *
 * @example
 * const options: NorthstarApiOptions = { db, demoSignIn: true, hrDepartment: 'People' };
 */
export interface NorthstarApiOptions extends RoleRules {
  db: Database;
  /** Secret for cookies and tokens; by default one is created in the database and shared by every instance. */
  secret?: string;
  /** Allow `POST /api/session` with any seeded person (default: on for PGlite, off for Postgres). */
  demoSignIn?: boolean;
  /** Mark cookies `Secure` (turn on behind HTTPS). Default false. */
  cookieSecure?: boolean;
  /** Largest accepted request body in bytes (default 1 MB). */
  maxBodyBytes?: number;
  /** Clock for `updatedAt` and friends. */
  now?: () => Date;
  /** Interval of SSE `: ping` comments in ms (default 15 000). */
  pingMs?: number;
  /** How long a caller's roles and reporting lines are cached, in ms (default 30 000; 0 turns it off). */
  viewerCacheMs?: number;
  /** How long events and idempotency keys are kept (default 24 h); older ones are swept as writes go by. */
  retentionMs?: number;
  /** Where unexpected (500) errors are reported; default `console.error`. */
  onError?: (error: unknown) => void;
}

/**
 * The mounted API: a standard fetch handler plus helpers for hosts and tests.
 *
 * @example
 * const api = await createNorthstarApi({ db });
 * serve({ fetch: api.fetch, port: 8080 });
 */
export interface NorthstarApi {
  fetch(request: Request): Promise<Response>;
  /** A bearer token acting as `personId`, for service calls. */
  tokenFor(personId: string): string;
  /** Stops the event fan-out (the database stays open: it belongs to the caller). */
  close(): Promise<void>;
}

const PUBLIC = new Set(['/api/health', '/api/openapi.json', '/api/docs', '/api/session']);

/**
 * Builds the Northstar REST API over `db` (migrated already, e.g. by `openDatabase`).
 *
 * @example
 * const db = await openDatabase({ dataDir: './data' });
 * await seedDatabase(db, 'examples/sample-org');
 * const api = await createNorthstarApi({ db });
 * const res = await api.fetch(new Request('http://localhost/api/health'));
 */
export async function createNorthstarApi(options: NorthstarApiOptions): Promise<NorthstarApi> {
  const { db } = options;
  const secret = options.secret ?? (await loadSecret(db));
  const hub = await startEventHub(db, { keepMs: options.retentionMs });
  const rules = { hrDepartment: options.hrDepartment, hrAdminIds: options.hrAdminIds };
  const ctx: ApiContext = {
    db,
    viewers: createViewerCache(db, rules, options.viewerCacheMs ?? 30_000),
    secret,
    hub,
    now: options.now ?? (() => new Date()),
    rules,
    demoSignIn: options.demoSignIn ?? db.kind === 'pglite',
    cookieSecure: options.cookieSecure ?? false,
    pingMs: options.pingMs ?? 15_000,
  };
  const report = options.onError ?? ((error: unknown) => console.error(error));

  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result, c) =>
      result.success ? undefined : validationProblem(c, result.error.issues, result.target),
  });

  app.onError((error, c) => {
    const body = toProblem(error);
    if (body.status === 500) report(error);
    return c.json(body, body.status as 500, { 'content-type': 'application/problem+json' });
  });
  app.notFound((c) =>
    c.json(problem(404, 'NOT_FOUND', `no route ${c.req.method} ${new URL(c.req.url).pathname}`), 404, {
      'content-type': 'application/problem+json',
    }),
  );

  app.use('*', securityHeaders());
  app.use('/api/*', sizeLimit(options.maxBodyBytes ?? 1_000_000));
  app.use('/api/*', jsonBody());
  const auth = authenticate(ctx);
  app.use('/api/*', async (c, next) => (PUBLIC.has(c.req.path) ? next() : auth(c, next)));

  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  sessionRoutes(app, ctx);
  goalRoutes(app, ctx);
  kpiRoutes(app, ctx);
  feedbackRoutes(app, ctx);
  talentRoutes(app, ctx);
  directoryRoutes(app, ctx);
  eventRoutes(app, ctx);

  const info = {
    openapi: '3.1.0',
    info: {
      title: 'Northstar REST API',
      version: '1',
      description:
        'Goals, KPIs, feedback, talent, people and cycles. Writes need an Idempotency-Key header; with a cookie session also X-CSRF-Token.',
    },
  };
  app.doc31('/api/openapi.json', info);
  app.get('/api/docs', (c) => {
    c.header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    );
    return c.html(renderDocs(app.getOpenAPI31Document(info) as never));
  });

  return {
    fetch: async (request) => app.fetch(request),
    tokenFor: (personId) => issueToken(secret, personId),
    close: () => hub.stop(),
  };
}
