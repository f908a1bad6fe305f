import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Keeps the 9-box bench working: the smoke run mounts 100 people as a list and as a grid in its own Chromium, moves one
// person by keyboard and applies the move. Deliberately no timing assertion (machine-dependent).
describe('9-box benchmark (--smoke)', () => {
  it('mounts the baseline list and the grid, moves one person by keyboard, onMove called once', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(packageDir, 'bench/nineBox.bench.mjs'), '--smoke', '--json'],
      { cwd: packageDir, timeout: 120_000 },
    );
    const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(report.count).toBe(100);
    expect(report.pageErrors).toEqual([]);
    expect(report.list.names).toBe(100);
    expect(report.grid.cards).toBeGreaterThan(0);
    expect(report.move).toMatchObject({ moved: true, onMoveCalls: [1] });
  }, 120_000);
});
