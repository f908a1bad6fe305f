import { createHash } from 'node:crypto';
import type { AdapterChange } from '@northstar/core';
import type { Context } from 'hono';
import type { Sql } from '../db/database.types.js';
import type { Audience } from '../events/audience.js';
import { recordEvent } from '../events/eventHub.js';
import type { ApiContext, ApiEnv } from './context.js';
import { fail } from './problem.js';

/**
 * What a write produces: the response to send (and to replay for the same key) and the changes to announce.
 *
 * @example
 * const result: WriteResult = { status: 200, body: goal, events: [[{ type: 'goals', ids: [goal.id], kind: 'updated' }, { scope: 'all' }]] };
 */
export interface WriteResult {
  status: 200 | 201 | 204;
  body: unknown;
  events: [AdapterChange, Audience][];
}

class Replay {
  constructor(readonly hash: string) {}
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * Runs a write once per `Idempotency-Key`: the key, a hash of the request and the response are stored in the same
 * transaction as the write, under a unique (caller, key) constraint, so a retry — or a concurrent twin on another
 * instance — gets the first response instead of writing again; the same key with a different request is 422.
 * A write that fails leaves no key behind, so it can be retried.
 *
 * @example
 * return writeOnce(c, ctx, async (tx) => ({ status: 200, body: await update(tx), events: [] }));
 */
export async function writeOnce(
  c: Context<ApiEnv>,
  ctx: ApiContext,
  run: (tx: Sql) => Promise<WriteResult>,
): Promise<never> {
  // Typed `never` so route handlers may return it whatever their declared response schema.
  return (await writeOnceResponse(c, ctx, run)) as never;
}

async function writeOnceResponse(
  c: Context<ApiEnv>,
  ctx: ApiContext,
  run: (tx: Sql) => Promise<WriteResult>,
): Promise<Response> {
  const key = c.req.header('idempotency-key');
  if (key === undefined || !KEY_PATTERN.test(key)) {
    fail(400, 'VALIDATION', 'writes need an Idempotency-Key header: 1–255 visible ASCII characters', {
      field: 'Idempotency-Key',
    });
  }
  const actor = c.get('viewer').person.id;
  const hash = createHash('sha256')
    .update(`${c.req.method} ${new URL(c.req.url).pathname}\n${c.get('rawBody') ?? ''}`)
    .digest('hex');
  try {
    const result = await ctx.db.transaction(async (tx) => {
      const claimed = await tx.query(
        `insert into idempotency_keys (actor, key, request_hash) values ($1, $2, $3)
         on conflict (actor, key) do nothing returning key`,
        [actor, key, hash],
      );
      if (claimed.length === 0) throw new Replay(hash);
      const outcome = await run(tx);
      const body = outcome.status === 204 ? null : JSON.stringify(outcome.body);
      await tx.query('update idempotency_keys set status = $3, body = $4 where actor = $1 and key = $2', [
        actor,
        key,
        outcome.status,
        body,
      ]);
      for (const [change, audience] of outcome.events) await recordEvent(tx, change, audience);
      return { status: outcome.status, body };
    });
    return respond(result.status, result.body, false);
  } catch (error) {
    if (!(error instanceof Replay)) throw error;
  }
  const rows = await ctx.db.query<{ request_hash: string; status: number; body: string | null }>(
    'select request_hash, status, body from idempotency_keys where actor = $1 and key = $2',
    [actor, key],
  );
  const stored = rows[0];
  if (stored === undefined)
    fail(409, 'CONFLICT', `idempotency key "${key}" is being used by another request`);
  if (stored.request_hash !== hash) {
    fail(422, 'IDEMPOTENCY_MISMATCH', `idempotency key "${key}" was already used for a different request`, {
      field: 'Idempotency-Key',
    });
  }
  return respond(stored.status, stored.body, true);
}

function respond(status: number, body: string | null, replayed: boolean): Response {
  const headers: Record<string, string> = {};
  if (replayed) headers['idempotent-replayed'] = 'true';
  if (status === 204 || body === null) return new Response(null, { status, headers });
  headers['content-type'] = 'application/json';
  return new Response(body, { status, headers });
}
