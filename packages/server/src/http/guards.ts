import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ApiEnv } from './context.js';
import { fail, problem } from './problem.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Headers every response carries, API and docs alike.
 *
 * @example
 * app.use('*', securityHeaders());
 */
export function securityHeaders(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('x-content-type-options', 'nosniff');
    headers.set('x-frame-options', 'DENY');
    headers.set('referrer-policy', 'no-referrer');
    headers.set('cross-origin-opener-policy', 'same-origin');
    headers.set('cross-origin-resource-policy', 'same-origin');
    headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    if (!headers.has('content-security-policy')) {
      headers.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
    }
    if (!headers.has('cache-control')) headers.set('cache-control', 'no-store');
  };
}

/**
 * Refuses bodies over `maxBytes` (413) before reading them whole.
 *
 * @example
 * app.use('/api/*', sizeLimit(1_000_000));
 */
export function sizeLimit(maxBytes: number): MiddlewareHandler<ApiEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      c.json(problem(413, 'PAYLOAD_TOO_LARGE', `request bodies are limited to ${maxBytes} bytes`), 413, {
        'content-type': 'application/problem+json',
      }),
  });
}

function findNul(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const hit = findNul(value[i], `${path}[${i}]`);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return path === '' ? key : `${path}.${key}`;
      const hit = findNul(item, path === '' ? key : `${path}.${key}`);
      if (hit !== undefined) return hit;
    }
  }
  return undefined;
}

/**
 * Reads a write's body once: malformed JSON is a 400 problem, and so is a NUL character, which Postgres text
 * cannot hold; the raw text is kept for the idempotency hash.
 *
 * @example
 * app.use('/api/*', jsonBody());
 */
export function jsonBody(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    if (!WRITES.has(c.req.method)) return next();
    const text = await c.req.text();
    c.set('rawBody', text);
    if (text.trim() !== '') {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
        fail(400, 'VALIDATION', `request bodies must be application/json, got ${JSON.stringify(type)}`, {
          field: 'Content-Type',
        });
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        fail(400, 'VALIDATION', `the request body is not valid JSON: ${(error as Error).message}`, {
          field: 'body',
        });
      }
      const nul = findNul(parsed, '');
      if (nul !== undefined) {
        fail(400, 'VALIDATION', `field "${nul}" contains a NUL character, which is not allowed`, {
          field: nul,
        });
      }
    }
    return next();
  };
}
