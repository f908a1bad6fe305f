import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../db/database.types.js';
import { openDatabase } from '../db/openDatabase.js';
import { pgliteTemplate } from '../testing/pgliteTemplate.js';
import { eventsAfter, recordEvent, startEventHub, sweep } from './eventHub.js';

let db: Database;
beforeAll(async () => {
  db = await openDatabase({ pgliteTemplate: await pgliteTemplate() });
});
afterAll(async () => {
  await db?.close();
});

it('dispatches each committed change once, in order, and nothing of a rolled-back write', async () => {
  const hub = await startEventHub(db);
  const seen: number[] = [];
  let notify: () => void = () => {};
  hub.subscribe((event) => {
    seen.push(event.seq);
    if (seen.length === 2) notify();
  });
  const done = new Promise<void>((resolve) => {
    notify = resolve;
  });
  await db.transaction((tx) =>
    recordEvent(tx, { type: 'goals', ids: ['a'], kind: 'updated' }, { scope: 'all' }),
  );
  await db
    .transaction(async (tx) => {
      await recordEvent(tx, { type: 'goals', ids: ['rolled-back'], kind: 'updated' }, { scope: 'all' });
      throw new Error('abort the write');
    })
    .catch(() => {});
  await db.transaction((tx) =>
    recordEvent(tx, { type: 'kpis', ids: ['b'], kind: 'updated' }, { scope: 'all' }),
  );
  await done;
  const stored = await eventsAfter(db, 0);
  expect(stored.map((e) => e.change.ids[0])).toEqual(['a', 'b']);
  expect(seen).toEqual(stored.map((e) => e.seq));
  await hub.stop();
});

it('sweeps events and idempotency keys older than the retention', async () => {
  await db.query(
    `insert into idempotency_keys (actor, key, request_hash, created_at) values ('p', 'old', 'h', $1)`,
    ['2000-01-01T00:00:00Z'],
  );
  await db.query(`insert into idempotency_keys (actor, key, request_hash) values ('p', 'new', 'h')`);
  await sweep(db, 86_400_000);
  const keys = await db.query<{ key: string }>('select key from idempotency_keys order by key');
  expect(keys.map((k) => k.key)).toEqual(['new']);
});
