// `pnpm report`: runs `northstar report` on the sample organisation, building @northstar/core and @northstar/cli
// only when a source file is newer than their build (a full core build with declarations takes ~10 s; the report
// itself well under one).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

/** Whether a package's dist is missing or older than its sources, package.json or build config. */
function stale(pkg) {
  const dir = join(root, 'packages', pkg);
  const built = existsSync(join(dir, 'dist')) ? statSync(join(dir, 'dist')).mtimeMs : 0;
  const sources = Math.max(
    newest(join(dir, 'src')),
    statSync(join(dir, 'package.json')).mtimeMs,
    statSync(join(dir, 'tsup.config.ts')).mtimeMs,
  );
  return built === 0 || newest(join(dir, 'dist')) < sources;
}

for (const pkg of ['core', 'cli']) {
  if (!stale(pkg)) continue;
  process.stderr.write(`building @northstar/${pkg} (sources changed since the last build)\n`);
  // The pnpm that runs this script (npm_execpath), so `npx pnpm report` works without pnpm on the PATH.
  const pnpm = process.env.npm_execpath;
  const [command, prefix] =
    pnpm !== undefined && /\.[cm]?js$/.test(pnpm) ? [process.execPath, [pnpm]] : ['pnpm', []];
  execFileSync(command, [...prefix, '--filter', `@northstar/${pkg}`, 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const args = process.argv.slice(2);
try {
  execFileSync(
    process.execPath,
    [
      join(root, 'packages/cli/dist/main.js'),
      'report',
      ...(args.length > 0 ? args : ['examples/sample-org']),
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
} catch (error) {
  process.exitCode = typeof error.status === 'number' ? error.status : 1;
}
