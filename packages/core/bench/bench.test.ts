import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

// Smoke run only: tiny inputs prove the scripts work and agree with their baselines; timings are not asserted.
describe('benchmarks (smoke run on tiny inputs)', () => {
  it('every bench script runs, checks its answer against its baseline and prints a ratio', () => {
    expect(existsSync(dist), 'dist/index.js is missing: run `pnpm build` first').toBe(true);
    const run = spawnSync(
      process.execPath,
      [fileURLToPath(new URL('./run.mjs', import.meta.url)), '--n', '2000', '--runs', '1'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const ratios = run.stdout.match(/ratio \d+(\.\d+)?×/g) ?? [];
    expect(ratios).toHaveLength(6);
  });
});
