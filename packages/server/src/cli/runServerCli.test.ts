import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ORG } from '../test-support/client.js';
import { runServerCli } from './runServerCli.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

/** A port nothing listens on: bound, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('northstar-server', () => {
  it('prints one line naming DATABASE_URL and exits 1 when the database is unreachable', async () => {
    const port = await closedPort();
    const { io, err } = capture();
    const result = await runServerCli(
      ['--port', '0'],
      { DATABASE_URL: `postgres://u:secret@127.0.0.1:${port}/db` },
      io,
    );
    expect(result).toEqual({ code: 1 });
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      /^northstar-server: cannot use the database at DATABASE_URL \(127\.0\.0\.1:\d+\): .+\n$/,
    );
    expect(err[0]).not.toContain('secret');
  });

  it('refuses a bad port with one line', async () => {
    const { io, err } = capture();
    expect(await runServerCli(['--port', 'eighty'], {}, io)).toEqual({ code: 1 });
    expect(err.join('')).toContain('--port must be 0–65535');
  });

  it('starts on the embedded database with --data-dir and --seed, and prints its URL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'northstar-cli-'));
    const { io, out } = capture();
    const result = await runServerCli(['--port', '0', '--data-dir', dataDir, '--seed', SAMPLE_ORG], {}, io);
    try {
      expect('server' in result).toBe(true);
      if (!('server' in result)) return;
      expect(out.join('')).toContain(`listening on ${result.server.url}`);
      const health = await fetch(`${result.server.url}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const session = await fetch(`${result.server.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ personId: 'p-012' }),
      });
      expect(session.status).toBe(200);
    } finally {
      if ('server' in result) await result.server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
