import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from './runCli.js';

/**
 * What a test run of the CLI produced.
 *
 * @example
 * const { code, stdout } = await testCli({ 'goals.csv': 'id\ng1\n' }, ['rollup', 'goals.csv']);
 */
export interface TestCliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** The temporary directory the files were written to (the run's cwd). */
  dir: string;
}

/**
 * Test helper: writes `files` into a fresh temporary directory and runs the CLI in-process there, capturing output.
 *
 * @example
 * const r = await testCli({ 'talent.csv': 'id,performance,potential\np1,0.9,0.9\n' }, ['ninebox', 'talent.csv']);
 * r.code; // 0
 */
export async function testCli(
  files: Readonly<Record<string, string | Uint8Array>>,
  argv: readonly string[],
  options: {
    stdin?: string;
    stdoutTTY?: boolean;
    stderrTTY?: boolean;
    env?: Record<string, string | undefined>;
  } = {},
): Promise<TestCliResult> {
  const dir = mkdtempSync(join(tmpdir(), 'northstar-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  let stdout = '';
  let stderr = '';
  const stdin = options.stdin;
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.stdoutTTY ?? false, columns: 100 },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.stderrTTY ?? false },
    ...(stdin === undefined
      ? {}
      : {
          stdin: (async function* () {
            yield new TextEncoder().encode(stdin);
          })(),
        }),
    cwd: dir,
    env: options.env ?? {},
  });
  return { code, stdout, stderr, dir };
}
