import type { AdapterChange } from '@northstar/core';
import type { Database, Sql } from '../db/database.types.js';
import type { Audience } from './audience.js';

/** The NOTIFY channel every instance listens on. */
export const EVENTS_CHANNEL = 'northstar_events';

/**
 * One stored change with its sequence number (the SSE `id`).
 *
 * @example
 * const e: StoredEvent = { seq: 42, change: { type: 'goals', ids: ['g-1'], kind: 'updated' }, audience: { scope: 'all' } };
 */
export interface StoredEvent {
  seq: number;
  change: AdapterChange;
  audience: Audience;
}

/**
 * Records a change inside the write's transaction and notifies every instance when it commits (NOTIFY is
 * transactional: a rolled-back write announces nothing).
 *
 * @example
 * await recordEvent(tx, { type: 'goals', ids: [id], kind: 'updated' }, { scope: 'all' });
 */
export async function recordEvent(sql: Sql, change: AdapterChange, audience: Audience): Promise<void> {
  await sql.query(
    `with stored as (insert into events (change, audience) values ($1::text::jsonb, $2::text::jsonb) returning seq)
     select pg_notify($3, seq::text) from stored`,
    [JSON.stringify(change), JSON.stringify(audience), EVENTS_CHANNEL],
  );
}

/**
 * Reads stored events after `seq`, oldest first (for `Last-Event-ID` and for fan-out after a NOTIFY).
 *
 * @example
 * const missed = await eventsAfter(db, 41);
 */
export async function eventsAfter(sql: Sql, seq: number, limit = 1000): Promise<StoredEvent[]> {
  return sql.query<StoredEvent>(
    'select seq::int as seq, change, audience from events where seq > $1 order by seq limit $2',
    [seq, limit],
  );
}

/**
 * The in-process fan-out: one LISTEN per instance, every SSE connection subscribes here.
 *
 * @example
 * const hub = await startEventHub(db);
 * const stop = hub.subscribe((event) => console.log(event.seq));
 */
export interface EventHub {
  subscribe(listener: (event: StoredEvent) => void): () => void;
  /** The newest sequence number this instance has dispatched. */
  readonly lastSeq: number;
  stop(): Promise<void>;
}

/**
 * How long events (for `Last-Event-ID`) and idempotency keys are kept, and how often old ones are swept.
 *
 * @example
 * const retention: Retention = { keepMs: 86_400_000, every: 1000 };
 */
export interface Retention {
  /** Age after which events and idempotency keys are deleted (default 24 h). */
  keepMs?: number;
  /** Sweep after this many events dispatched (default 1000). */
  every?: number;
}

/**
 * Deletes events and idempotency keys older than `keepMs`: a retry or a reconnect a day later is a new request.
 *
 * @example
 * await sweep(db, 86_400_000);
 */
export async function sweep(sql: Sql, keepMs: number): Promise<void> {
  const cutoff = new Date(Date.now() - keepMs).toISOString();
  await sql.query('delete from events where created_at < $1::timestamptz', [cutoff]);
  await sql.query('delete from idempotency_keys where created_at < $1::timestamptz', [cutoff]);
}

/**
 * Starts listening for NOTIFYs on `db` and dispatches each new event once, in order.
 *
 * @example
 * const hub = await startEventHub(db);
 */
export async function startEventHub(db: Database, retention: Retention = {}): Promise<EventHub> {
  const every = retention.every ?? 1000;
  const keepMs = retention.keepMs ?? 86_400_000;
  let sinceSweep = 0;
  const listeners = new Set<(event: StoredEvent) => void>();
  const max = await db.query<{ seq: number }>('select coalesce(max(seq), 0)::int as seq from events');
  let lastSeq = max[0]?.seq ?? 0;
  let draining: Promise<void> = Promise.resolve();
  let stopped = false;

  const drain = async (): Promise<void> => {
    if (stopped) return;
    const events = await eventsAfter(db, lastSeq);
    sinceSweep += events.length;
    if (sinceSweep >= every) {
      sinceSweep = 0;
      await sweep(db, keepMs);
    }
    for (const event of events) {
      lastSeq = Math.max(lastSeq, event.seq);
      for (const listener of [...listeners]) {
        try {
          listener(event);
        } catch {
          // A broken connection must not stop the others from hearing the change.
        }
      }
    }
  };

  const unlisten = await db.listen(EVENTS_CHANNEL, () => {
    // Serialised, so two NOTIFYs in quick succession never dispatch an event twice or out of order.
    draining = draining.then(drain).catch(() => {});
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    get lastSeq() {
      return lastSeq;
    },
    async stop() {
      stopped = true;
      await draining;
      await unlisten().catch(() => {});
    },
  };
}
