// The load and fault run behind `pnpm --filter @northstar/server load` and the fault test: simulated raters
// submit feedback and check-ins against a real server process on 127.0.0.1 with retries and random client
// aborts; optionally the server is SIGKILLed mid-run and restarted. Every write carries a unique tag, so the
// database can be checked afterwards: each acknowledged (2xx) write stored exactly once.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const BIN = join(dist, 'bin.js');
export const SAMPLE_ORG = join(here, '..', '..', '..', 'examples', 'sample-org');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `northstar-server` as a child process and resolves once it printed its URL. */
export async function spawnServer({ dataDir, seed, secret, databaseUrl }) {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build @northstar/server first (pnpm build)`);
  const args = [BIN, '--port', '0', '--host', '127.0.0.1'];
  if (dataDir) args.push('--data-dir', dataDir);
  if (seed) args.push('--seed', seed);
  const env = { ...process.env, NORTHSTAR_SECRET: secret };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const url = await new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) =>
      reject(new Error(`server exited (${code}) before listening: ${stderr.trim()}`)),
    );
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function summarize(latencies, elapsedMs, count) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    throughput: count / (elapsedMs / 1000),
  };
}

/** The health endpoint under the same concurrency: the baseline every figure is divided by. */
export async function baseline(url, { concurrency, requests }) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        // A keep-alive socket the server just closed fails once; like the raters, the baseline retries it.
        for (let attempt = 0; attempt < 5; attempt += 1) {
          const t = performance.now();
          try {
            const res = await fetch(`${url}/api/health`);
            await res.arrayBuffer();
            latencies.push(performance.now() - t);
            break;
          } catch {
            await sleep(10);
          }
        }
      }
    }),
  );
  return summarize(latencies, performance.now() - started, requests);
}

function loadSample() {
  const org = JSON.parse(readFileSync(join(SAMPLE_ORG, 'sample-org.json'), 'utf8'));
  const krsByOwner = new Map();
  for (const goal of org.goals) {
    if (goal.level !== 'key-result' || goal.metric === undefined) continue;
    if (goal.metric.kind !== undefined && goal.metric.kind !== 'linear') continue;
    if (!krsByOwner.has(goal.ownerId)) krsByOwner.set(goal.ownerId, []);
    krsByOwner.get(goal.ownerId).push(goal.id);
  }
  return { people: org.people.map((p) => p.id), krsByOwner };
}

/**
 * Runs `raters` concurrent raters doing `opsPerRater` writes each; `onProgress(acked)` after every acknowledged
 * write lets the caller kill and restart the server mid-run (`target.url` is read at every attempt).
 */
export async function runRaters(
  target,
  { raters, opsPerRater, tokenFor, abortRate = 0.05, tag, onProgress, deadline },
) {
  const { people, krsByOwner } = loadSample();
  // Raters who own key results come first, so most of them can check in as well as give feedback.
  const ordered = [...people].sort((a, b) => (krsByOwner.has(b) ? 1 : 0) - (krsByOwner.has(a) ? 1 : 0));
  const chosen = ordered.slice(0, raters);
  const acked = [];
  const latencies = [];
  const counters = { attempts: 0, retries: 0, aborted: 0, networkErrors: 0, rejected: 0, gaveUp: 0 };
  const started = performance.now();

  const write = async (method, path, body, personId, key) => {
    for (let attempt = 0; ; attempt += 1) {
      if (Date.now() > deadline) {
        counters.gaveUp += 1;
        return undefined;
      }
      if (attempt > 0) counters.retries += 1;
      counters.attempts += 1;
      const controller = new AbortController();
      const abortTimer =
        Math.random() < abortRate ? setTimeout(() => controller.abort(), Math.random() * 20) : undefined;
      const t = performance.now();
      try {
        const res = await fetch(`${target.url}${path}`, {
          method,
          signal: controller.signal,
          headers: {
            authorization: `Bearer ${tokenFor(personId)}`,
            'content-type': 'application/json',
            'idempotency-key': key,
          },
          body: JSON.stringify(body),
        });
        const text = await res.text();
        clearTimeout(abortTimer);
        if (res.status >= 200 && res.status < 300) {
          latencies.push(performance.now() - t);
          return JSON.parse(text);
        }
        if (res.status < 500 && res.status !== 429) {
          counters.rejected += 1;
          throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
        }
      } catch (error) {
        clearTimeout(abortTimer);
        if (error instanceof Error && error.message.includes(' answered ')) throw error;
        if (controller.signal.aborted) counters.aborted += 1;
        else counters.networkErrors += 1;
      }
      // Back off a little; a restarting server needs a few seconds.
      await sleep(Math.min(1000, 20 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
    }
  };

  await Promise.all(
    chosen.map(async (rater, index) => {
      const krs = krsByOwner.get(rater) ?? [];
      for (let op = 0; op < opsPerRater; op += 1) {
        const key = randomUUID();
        const label = `${tag}:${key}`;
        const checkIn = krs.length > 0 && op % 2 === 1;
        let result;
        if (checkIn) {
          const goalId = krs[op % krs.length];
          result = await write(
            'POST',
            `/api/goals/${goalId}/check-ins`,
            { current: op, note: label },
            rater,
            key,
          );
        } else {
          const subject =
            chosen[(index + op + 1) % chosen.length] === rater
              ? people[0]
              : chosen[(index + op + 1) % chosen.length];
          const answers = { impact: 1 + (op % 5), collaboration: 3, communication: 4, comments: label };
          result = await write(
            'POST',
            '/api/feedback/responses',
            { templateId: 'h2-360', subjectId: subject, raterId: rater, relationship: 'peer', answers },
            rater,
            key,
          );
        }
        if (result !== undefined) {
          acked.push({ label, kind: checkIn ? 'check-in' : 'feedback' });
          onProgress?.(acked.length);
        }
      }
    }),
  );
  return { acked, counters, stats: summarize(latencies, performance.now() - started, acked.length) };
}

/** Counts, straight from the database, how often each tagged write was stored. */
export async function storedCounts(db, tag) {
  const rows = await db.query(
    `select doc->'answers'->>'comments' as label, count(*)::int as n from feedback_responses
      where doc->'answers'->>'comments' like $1 group by 1
     union all
     select doc->>'note' as label, count(*)::int as n from goal_check_ins where doc->>'note' like $1 group by 1`,
    [`${tag}:%`],
  );
  return new Map(rows.map((row) => [row.label, row.n]));
}

/** Compares acknowledged writes with what is stored: lost (acked, absent) and duplicated (stored twice or more). */
export function reconcile(acked, stored) {
  let lost = 0;
  for (const { label } of acked) if (!stored.has(label)) lost += 1;
  let duplicated = 0;
  for (const n of stored.values()) if (n > 1) duplicated += n - 1;
  return { acknowledged: acked.length, stored: stored.size, lost, duplicated };
}

/** A random secret for one run, so the script can mint bearer tokens the child server accepts. */
export function runSecret() {
  return randomBytes(24).toString('base64url');
}

/** The server package's built entry (for issueToken and openDatabase). */
export async function serverModule() {
  return import(join(dist, 'index.js'));
}
