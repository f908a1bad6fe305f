// The portal's server: the built single-page app and the Northstar REST API on ONE port (same origin, so the cookie
// session and CSRF token just work). The embedded database is seeded from examples/sample-org on first start.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createNorthstarApi, openDatabase, seedDatabase } from '@northstar/server';

const here = fileURLToPath(new URL('.', import.meta.url));
export const PORTAL_DIST = resolve(here, '../dist');
export const SAMPLE_ORG = resolve(here, '../../../examples/sample-org');
const DEMO = resolve(here, '../demo/demo.json');

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * The demo seed: the sample organisation plus a few open feedback requests, so every role has something to do.
 * @returns {Promise<Record<string, unknown>>}
 */
export async function portalSeed() {
  const org = JSON.parse(await readFile(join(SAMPLE_ORG, 'sample-org.json'), 'utf8'));
  const demo = JSON.parse(await readFile(DEMO, 'utf8'));
  return { ...org, requests: [...(org.requests ?? []), ...demo.requests] };
}

/** The demo sign-ins printed on start (the same people the sign-in page suggests). */
export async function demoSignIns() {
  return JSON.parse(await readFile(DEMO, 'utf8')).signIns;
}

/**
 * A fetch handler for the static files in `dist`: hashed assets cached for a year, every other path falls back to
 * index.html (client-side routes such as /talent).
 * @param {string} dist
 */
function staticFiles(dist) {
  const root = normalize(dist + sep);
  return async (/** @type {Request} */ request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed', { status: 405 });
    const path = decodeURIComponent(new URL(request.url).pathname);
    const file = normalize(join(root, path));
    const inside = file.startsWith(root);
    const found = inside && (await stat(file).catch(() => null))?.isFile();
    const target = found ? file : join(root, 'index.html');
    const body = await readFile(target).catch(() => null);
    if (!body)
      return new Response('The portal is not built: run `pnpm --filter @northstar/portal build`.', {
        status: 503,
      });
    const immutable = found && path.startsWith('/assets/');
    return new Response(request.method === 'HEAD' ? null : body, {
      headers: {
        'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      },
    });
  };
}

/**
 * Opens the database (embedded PGlite in `dataDir`, in memory without one, or DATABASE_URL's Postgres), seeds it
 * when empty, and serves the portal plus `/api` on `host:port` (port 0 picks a free one).
 * @param {{ port?: number, host?: string, dataDir?: string, databaseUrl?: string, dist?: string, pingMs?: number }} [options]
 */
export async function startPortal(options = {}) {
  const { port = 0, host = '127.0.0.1', dataDir, databaseUrl, dist = PORTAL_DIST, pingMs } = options;
  const db = await openDatabase({ url: databaseUrl, dataDir });
  let seeded;
  let api;
  try {
    seeded = await seedDatabase(db, /** @type {never} */ (await portalSeed()));
    api = await createNorthstarApi({ db, ...(pingMs ? { pingMs } : {}), demoSignIn: true });
  } catch (error) {
    await db.close();
    throw error;
  }
  const files = staticFiles(dist);
  const server = await new Promise((resolveServer) => {
    const s = serve(
      {
        fetch: (request) =>
          new URL(request.url).pathname.startsWith('/api/') ? api.fetch(request) : files(request),
        port,
        hostname: host,
      },
      () => resolveServer(s),
    );
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    port: address.port,
    seeded,
    db,
    tokenFor: api.tokenFor,
    async stop() {
      await new Promise((done) => {
        server.close(() => done(undefined));
        // Open SSE streams would keep close() waiting.
        server.closeAllConnections?.();
      });
      await api.close();
      await db.close();
    },
  };
}
