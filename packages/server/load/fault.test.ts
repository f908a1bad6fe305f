import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain-JS module shared with the load script (no type declarations).
import * as load from './loadRun.mjs';

// The small version of `pnpm load`'s fault run: real server processes on 127.0.0.1, SIGKILL after half the
// writes were acknowledged, restart on the same data directory; clients retry with their idempotency keys.
it('a SIGKILLed server loses no acknowledged write and duplicates none after restart', async () => {
  const { issueToken } = await load.serverModule();
  const secret = load.runSecret();
  const dataDir = mkdtempSync(join(tmpdir(), 'northstar-fault-'));
  try {
    let server = await load.spawnServer({ dataDir, seed: load.SAMPLE_ORG, secret });
    const target = { url: server.url };
    let killing: Promise<void> | undefined;
    let ackedBeforeKill = 0;
    const run = await load.runRaters(target, {
      raters: 12,
      opsPerRater: 2,
      abortRate: 0.2,
      tag: 'fault-test',
      tokenFor: (personId: string) => issueToken(secret, personId),
      deadline: Date.now() + 240_000,
      onProgress: (acked: number) => {
        if (killing === undefined && acked >= 12) {
          ackedBeforeKill = acked;
          killing = (async () => {
            await server.kill();
            server = await load.spawnServer({ dataDir, secret });
            target.url = server.url;
          })();
        }
      },
    });
    await killing;
    await server.stop();
    const { openDatabase } = await load.serverModule();
    const db = await openDatabase({ dataDir });
    const stored = await load.storedCounts(db, 'fault-test');
    await db.close();
    const result = load.reconcile(run.acked, stored);
    expect(run.counters.gaveUp).toBe(0);
    expect(result).toMatchObject({ acknowledged: 24, lost: 0, duplicated: 0 });
    const beforeKill = run.acked.slice(0, ackedBeforeKill) as { label: string }[];
    expect(beforeKill.filter(({ label }) => stored.has(label))).toHaveLength(ackedBeforeKill);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 300_000);
