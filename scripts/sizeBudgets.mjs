// Size budgets: bundles each entry the way an app bundler would (minified, ESM, everything the entry exports kept)
// and fails when its gzip size exceeds the budget. size-limit needs Node 22; this is the same check with esbuild +
// zlib, shared by every package's scripts/size.mjs.
import { gzipSync } from 'node:zlib';

/**
 * Checks `budgets` ({ name, entry, limit } with limit in kB) and exits 1 when one is exceeded.
 * `external` lists packages a host pays for once, left out of every entry's figure. `build` is esbuild's, passed in
 * so each package measures with the esbuild it pins.
 */
export async function checkBudgets(budgets, { build, external = [], platform = 'neutral' }) {
  let failed = false;
  for (const { name, entry, limit } of budgets) {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      platform,
      external,
      logLevel: 'error',
    });
    const bytes = gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
    const ok = bytes <= limit * 1024;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${name}: ${(bytes / 1024).toFixed(2)} kB min+gzip (budget ${limit} kB)`,
    );
  }
  if (failed) process.exit(1);
}
