// Size budgets: bundles each published entry the way an app bundler would (minified, ESM, everything it exports
// kept) and fails when its gzip size exceeds the budget. size-limit needs Node 22; this is the same check with
// esbuild + zlib.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGETS = [
  { name: '@northstar/core', entry: 'dist/index.js', limit: 12 },
  { name: '@northstar/core/feedback', entry: 'dist/feedback.js', limit: 5 },
  { name: '@northstar/core/calibration', entry: 'dist/calibration.js', limit: 6 },
  { name: '@northstar/core/adapters', entry: 'dist/adapters.js', limit: 9 },
];

let failed = false;
for (const { name, entry, limit } of BUDGETS) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'neutral',
  });
  const bytes = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
  const ok = bytes <= limit * 1024;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: ${(bytes / 1024).toFixed(2)} kB min+gzip (budget ${limit} kB)`,
  );
}
if (failed) process.exit(1);
