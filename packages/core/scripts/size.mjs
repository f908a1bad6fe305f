// Size budget: bundles each published entry the way an app bundler would (minified, tree-shaken, ESM) and fails
// when its gzip size exceeds the budget. size-limit needs Node 22, so this is the equivalent with esbuild + zlib.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGETS = [{ name: '@northstar/core (whole entry)', entry: 'dist/index.js', limit: 12 * 1024 }];

let failed = false;
for (const { name, entry, limit } of BUDGETS) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'neutral',
    // Keep every export alive, as an app importing everything would.
    metafile: false,
  });
  const bytes = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
  const ok = bytes <= limit;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${(bytes / 1024).toFixed(2)} kB min+gzip (budget ${(limit / 1024).toFixed(0)} kB)`);
}
if (failed) process.exit(1);
