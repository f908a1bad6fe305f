import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { CLI_COMMANDS, runCli } from './runCli.js';
import { stringWidth } from './stringWidth.js';
import { testCli } from './testCli.js';

describe('runCli', () => {
  it('runCli(["--help"]) → every command with its summary, exit 0', async () => {
    const r = await testCli({}, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: northstar <command> [options]');
    for (const name of ['rollup', 'ninebox', 'calibrate', 'feedback', 'report'])
      expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(r.stdout).toContain('Exit codes: 0 ok, 1 bad input, 2 usage error.');
  });

  it('runCli(["--version"]) → the package version, exit 0', async () => {
    const r = await testCli({}, ['--version']);
    expect([r.code, r.stdout]).toEqual([0, `${packageJson.version}\n`]);
  });

  it('runCli([]) → the help on stderr, exit 2', async () => {
    const r = await testCli({}, []);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: northstar <command>');
  });

  it('runCli(<command> --help) and help <command> → that command’s help, exit 0, for every command', async () => {
    for (const command of CLI_COMMANDS) {
      const a = await testCli({}, [command.name, '--help']);
      expect(a.code, command.name).toBe(0);
      expect(a.stdout.startsWith(`Usage: northstar ${command.name}`)).toBe(true);
      const b = await testCli({}, ['help', command.name]);
      expect(b.stdout).toBe(a.stdout);
      const c = await testCli({}, [command.name, '-h']);
      expect(c.stdout).toBe(a.stdout);
      for (const line of a.stdout.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(100);
    }
  });

  it('runCli(unknown command, unknown flag, extra argument) → one line and a --help hint, exit 2', async () => {
    const cmd = await testCli({}, ['rolup']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toBe(
      'error: unknown command "rolup" (commands: rollup, ninebox, calibrate, feedback, report)\nRun "northstar --help" for usage.\n',
    );
    const flag = await testCli({}, ['--frobnicate']);
    expect([flag.code, flag.stderr.split('\n')[0]]).toEqual([2, 'error: unknown option "--frobnicate"']);
    const sub = await testCli({}, ['ninebox', 't.csv', '--colour']);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toBe(`error: Unknown option '--colour'\nRun "northstar ninebox --help" for usage.\n`);
    const extra = await testCli({}, ['rollup', 'a.csv', 'b.csv']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('unexpected argument "b.csv"');
    const value = await testCli({}, ['rollup', 'a.csv', '--format']);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain("Option '--format <value>' argument missing");
  });

  it('runCli with an unexpected error → its message without a stack, exit 1; NORTHSTAR_DEBUG=1 adds the stack', async () => {
    const boom = {
      write: () => {
        throw new Error('disk full');
      },
    };
    let err = '';
    const stderr = { write: (s: string) => (err += s) };
    const code = await runCli(['--version'], { stdout: boom, stderr, env: {} });
    expect(code).toBe(1);
    expect(err).toBe('error: disk full\n(set NORTHSTAR_DEBUG=1 for details)\n');
    err = '';
    await runCli(['--version'], { stdout: boom, stderr, env: { NORTHSTAR_DEBUG: '1' } });
    expect(err).toMatch(/^error: disk full\nError: disk full\n\s+at /);
  });

  it('runCli(rollup -) with a terminal on stdin → exit 1 explaining to pipe input, instead of waiting', async () => {
    let err = '';
    const stdin = Object.assign(
      (async function* () {
        yield '';
      })(),
      { isTTY: true },
    );
    const code = await runCli(['rollup', '-'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (err += s) },
      stdin,
      env: {},
    });
    expect(code).toBe(1);
    expect(err).toMatch(/^error: <stdin>: nothing is piped in/);
  });

  it('runCli with an expected input error → no stack trace', async () => {
    const r = await testCli({ 'g.csv': 'id,weight\na,-1\n' }, ['rollup', 'g.csv']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).not.toMatch(/\bat \S+:\d+/);
  });
});
