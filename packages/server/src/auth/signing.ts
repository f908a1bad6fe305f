import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../db/database.types.js';

/**
 * HMAC-SHA256 of `value` under `secret`, base64url.
 *
 * @example
 * sign('s3cret', 'session:abc');
 */
export function sign(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

/**
 * Compares two strings in constant time (false when lengths differ).
 *
 * @example
 * safeEqual(header, session.csrf);
 */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A random url-safe token of `bytes` bytes.
 *
 * @example
 * const csrf = randomToken();
 */
export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * The signing secret shared by every instance on one database: stored on first start, read afterwards, so
 * sessions and tokens survive restarts and work behind a load balancer.
 *
 * @example
 * const secret = await loadSecret(db);
 */
export async function loadSecret(sql: Sql): Promise<string> {
  await sql.query(
    `insert into settings (key, value) values ('signing-secret', $1) on conflict (key) do nothing`,
    [randomToken(32)],
  );
  const rows = await sql.query<{ value: string }>(`select value from settings where key = 'signing-secret'`);
  return rows[0]!.value;
}

/**
 * A bearer token for service calls acting as `personId`, valid on every instance sharing the secret.
 *
 * @example
 * const token = issueToken(secret, 'p-001'); // send as `Authorization: Bearer ${token}`
 */
export function issueToken(secret: string, personId: string): string {
  const subject = Buffer.from(personId).toString('base64url');
  return `nst.${subject}.${sign(secret, `token:${personId}`)}`;
}

/**
 * The person a bearer token acts as, or undefined when the token is malformed or not signed by `secret`.
 *
 * @example
 * verifyToken(secret, issueToken(secret, 'p-001')); // 'p-001'
 */
export function verifyToken(secret: string, token: string): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== 'nst') return undefined;
  const personId = Buffer.from(parts[1]!, 'base64url').toString('utf8');
  return safeEqual(parts[2]!, sign(secret, `token:${personId}`)) ? personId : undefined;
}
