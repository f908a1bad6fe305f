import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const built = existsSync(fileURLToPath(new URL('../dist/main.js', import.meta.url)));

describe('benchmarks (smoke run on tiny inputs)', () => {
  // The bench drives the built bin; `pnpm test` at the root builds first.
  it.skipIf(!built)(
    `${built ? '' : '[skipped: dist/main.js not built, run pnpm build] '}rollupCsv.bench.mjs runs on 2,000 goals and prints its figures beside the old ones`,
    () => {
      const r = spawnSync(
        process.execPath,
        [fileURLToPath(new URL('./rollupCsv.bench.mjs', import.meta.url))],
        {
          encoding: 'utf8',
          env: { ...process.env, GOALS: '2000' },
        },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/rollup 2,000 goals \(\d+ MB CSV\): [\d.]+ s, \d+ MB peak RSS/);
      expect(r.stdout).toContain('before (issue 7 audit, 2,000,000 goals): 31.6 s, 2560 MB peak RSS');
    },
  );
});
