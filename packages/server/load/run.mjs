// Load and fault run: `pnpm --filter @northstar/server load` (after `pnpm build`). Loopback only, bounded in count
// and time, stops by itself. Options: RATERS (200), OPS (6 writes per rater), DATABASE_URL (a real Postgres).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  baseline,
  reconcile,
  runRaters,
  runSecret,
  SAMPLE_ORG,
  serverModule,
  spawnServer,
  storedCounts,
} from './loadRun.mjs';

const RATERS = Number(process.env.RATERS ?? 200);
const OPS = Number(process.env.OPS ?? 6);
const LIMIT_MS = 240_000;
const databaseUrl = process.env.DATABASE_URL || undefined;
const { issueToken, openDatabase } = await serverModule();
const secret = runSecret();
const tokenFor = (personId) => issueToken(secret, personId);
const dataDir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'northstar-load-'));
const fmt = (n) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');

const openDb = () => openDatabase(databaseUrl ? { url: databaseUrl } : { dataDir });

try {
  // Phase 1: steady load beside the health baseline.
  let server = await spawnServer({ dataDir, databaseUrl, seed: SAMPLE_ORG, secret });
  const health = await baseline(server.url, { concurrency: RATERS, requests: RATERS * 10 });
  const target = { url: server.url };
  const steady = await runRaters(target, {
    raters: RATERS,
    opsPerRater: OPS,
    tokenFor,
    tag: 'steady',
    deadline: Date.now() + LIMIT_MS,
  });
  await server.stop();
  let db = await openDb();
  const steadyResult = reconcile(steady.acked, await storedCounts(db, 'steady'));
  await db.close();

  // Phase 2: SIGKILL in the middle, restart on the same data, clients keep retrying with their keys.
  server = await spawnServer({ dataDir, databaseUrl, secret });
  target.url = server.url;
  const total = RATERS * OPS;
  let ackedBeforeKill = -1;
  let killing;
  const fault = await runRaters(target, {
    raters: RATERS,
    opsPerRater: OPS,
    tokenFor,
    tag: 'fault',
    deadline: Date.now() + LIMIT_MS,
    onProgress: (acked) => {
      if (killing === undefined && acked >= total / 2) {
        ackedBeforeKill = acked;
        killing = (async () => {
          await server.kill();
          server = await spawnServer({ dataDir, databaseUrl, secret });
          target.url = server.url;
        })();
      }
    },
  });
  await killing;
  await server.stop();
  db = await openDb();
  const faultStored = await storedCounts(db, 'fault');
  await db.close();
  const faultResult = reconcile(fault.acked, faultStored);
  const beforeKill = fault.acked.slice(0, ackedBeforeKill);
  const survived = beforeKill.filter(({ label }) => faultStored.has(label)).length;

  const ratio = (x, base) => (Number.isFinite(x / base) ? (x / base).toPrecision(2) : 'n/a');
  console.log(
    `Northstar server load (${databaseUrl ? 'Postgres' : 'PGlite'}), ${RATERS} concurrent raters × ${OPS} writes`,
  );
  console.log(
    `health baseline: ${health.count} req, p50 ${fmt(health.p50)} ms, p99 ${fmt(health.p99)} ms, ${fmt(health.throughput)} req/s`,
  );
  console.log(
    `writes (steady): ${steady.stats.count} acked, p50 ${fmt(steady.stats.p50)} ms (${ratio(steady.stats.p50, health.p50)}× health), p99 ${fmt(steady.stats.p99)} ms (${ratio(steady.stats.p99, health.p99)}×), ${fmt(steady.stats.throughput)} writes/s (${ratio(steady.stats.throughput, health.throughput)}× health req/s)`,
  );
  console.log(
    `  retries ${steady.counters.retries}, client aborts ${steady.counters.aborted}, network errors ${steady.counters.networkErrors}, gave up ${steady.counters.gaveUp}`,
  );
  console.log(
    `  lost ${steadyResult.lost}, duplicated ${steadyResult.duplicated} (acknowledged ${steadyResult.acknowledged}, stored ${steadyResult.stored})`,
  );
  console.log(
    `kill -9 mid-run: ${ackedBeforeKill} acked before the kill, ${survived} of them present after restart; overall acked ${faultResult.acknowledged}, lost ${faultResult.lost}, duplicated ${faultResult.duplicated}; retries ${fault.counters.retries}, network errors ${fault.counters.networkErrors}, gave up ${fault.counters.gaveUp}`,
  );
  const ok =
    steadyResult.lost === 0 &&
    steadyResult.duplicated === 0 &&
    faultResult.lost === 0 &&
    faultResult.duplicated === 0 &&
    survived === ackedBeforeKill;
  console.log(
    ok ? 'result: 0 lost, 0 duplicated, every write acknowledged before the kill survived' : 'result: FAILED',
  );
  process.exitCode = ok ? 0 : 1;
} finally {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
