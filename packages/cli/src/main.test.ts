import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };

const cli = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const built = existsSync(cli);

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('dist/main.js (the built bin)', () => {
  // The bin exists only after `pnpm build`; in-process tests cover the same code, this checks the bundle itself.
  it.skipIf(!built)(
    `${built ? '' : '[skipped: dist/main.js not built, run pnpm build] '}node dist/main.js → version, output and exit codes 0/1/2`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'northstar-bin-'));
      writeFileSync(
        join(dir, 'goals.csv'),
        'id,parentId,kind,start,target,current\nco,,,,,\nkr,co,linear,200,0,100\n',
      );
      writeFileSync(join(dir, 'bad.csv'), 'id,weight\na,-2\n');
      const version = run(['--version'], dir);
      expect([version.code, version.stdout]).toEqual([0, `${packageJson.version}\n`]);
      const ok = run(['rollup', 'goals.csv', '--format', 'csv'], dir);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain('kr,,,co,1,0.5,50,1,1,yellow,At risk');
      const bad = run(['rollup', 'bad.csv'], dir);
      expect([bad.code, bad.stderr]).toEqual([
        1,
        'error: bad.csv:2:2 (column "weight"): weight must be a finite number ≥ 0, got "-2"\n',
      ]);
      const usage = run(['nope'], dir);
      expect(usage.code).toBe(2);
    },
  );
});
