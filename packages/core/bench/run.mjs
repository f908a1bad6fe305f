// Runs every benchmark in its own Node process (so peak memory is per benchmark). Extra args pass through,
// e.g. `node bench/run.mjs --n 1000 --runs 1` for a smoke run.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const BENCHES = ['rollup.bench.mjs', 'columns.bench.mjs', 'calibrate.bench.mjs'];
const passThrough = process.argv.slice(2);
console.log(
  `# ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
let failed = 0;
for (const bench of BENCHES) {
  const result = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=4096',
      fileURLToPath(new URL(bench, import.meta.url)),
      ...passThrough,
    ],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
