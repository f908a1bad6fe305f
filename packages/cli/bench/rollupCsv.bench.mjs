// `northstar rollup goals.csv --format csv` on a 2,000,000-goal export (≈ 160 MB), timed and measured (peak RSS)
// in a child process, printed beside the figures the issue-7 audit measured before the CLI streamed its input
// (31.6 s, 2.5 GB). GOALS=n runs a smaller file (the test suite smoke-runs 2,000).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeGoalsCsv } from './makeGoalsCsv.mjs';

const BEFORE = { goals: 2_000_000, seconds: 31.6, maxRssMB: 2.5 * 1024 };
const goals = Number(process.env.GOALS ?? BEFORE.goals);
const bin = fileURLToPath(new URL('../dist/main.js', import.meta.url));
if (!existsSync(bin)) {
  console.error('dist/main.js is missing: run `pnpm build` first');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'northstar-bench-'));
try {
  const file = join(dir, 'goals.csv');
  await makeGoalsCsv(file, goals);
  const mb = statSync(file).size / 2 ** 20;
  const child = spawnSync(
    process.execPath,
    [fileURLToPath(new URL('./measureChild.mjs', import.meta.url)), 'rollup', file, '--format', 'csv'],
    { encoding: 'utf8', maxBuffer: 2 ** 31 - 1, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const line = /MEASURE (.*)/.exec(child.stderr)?.[1];
  if (child.status !== 0 || line === undefined) {
    console.error(child.stderr);
    process.exit(1);
  }
  const now = JSON.parse(line);
  const fmt = (s, rss) => `${s.toFixed(1)} s, ${Math.round(rss)} MB peak RSS`;
  console.log(
    `rollup ${goals.toLocaleString('en')} goals (${mb.toFixed(0)} MB CSV): ${fmt(now.seconds, now.maxRssMB)}`,
  );
  console.log(
    `before (issue 7 audit, ${BEFORE.goals.toLocaleString('en')} goals): ${fmt(BEFORE.seconds, BEFORE.maxRssMB)}`,
  );
  if (goals === BEFORE.goals) {
    console.log(
      `ratio: ${(BEFORE.seconds / now.seconds).toFixed(2)}x faster, ${(BEFORE.maxRssMB / now.maxRssMB).toFixed(2)}x less memory (goal: < 10 s, < 1024 MB)`,
    );
  } else console.log('ratio: n/a (run with the default 2,000,000 goals to compare)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
