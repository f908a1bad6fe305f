// A throw-away Postgres cluster for the tests (Debian's `postgresql` package): initdb into a temp directory, listen
// on 127.0.0.1 on a free port, trust auth; `stop()` shuts it down and deletes the directory.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';

const run = promisify(execFile);

/**
 * A running throw-away cluster.
 *
 * @example
 * const pg = await startLocalPostgres();
 * await pg.stop();
 */
export interface LocalPostgres {
  /** Connection string of the `postgres` database. */
  url: string;
  /** A new, empty database on the cluster. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

function binDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

const isRoot = (): boolean => process.getuid?.() === 0;

/**
 * Makes sure Postgres binaries exist: as root, installs Debian's `postgresql` package when missing (as CI does);
 * otherwise resolves to the one-line reason the real-Postgres tests are skipped.
 *
 * @example
 * const reason = await ensurePostgres(); // undefined when the tests can run
 */
export async function ensurePostgres(): Promise<string | undefined> {
  if (binDir() !== undefined) return undefined;
  if (!isRoot()) {
    return 'real-Postgres tests skipped: no Postgres binaries; run `sudo apt-get install -y postgresql` (Debian/Ubuntu) or run the tests as root, which installs it';
  }
  try {
    await run('apt-get', ['update'], { timeout: 300_000 });
    await run('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
      timeout: 600_000,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    return `real-Postgres tests skipped: apt-get install postgresql failed (${(error as Error).message.split('\n')[0]})`;
  }
  return binDir() === undefined ? 'real-Postgres tests skipped: postgresql installed no initdb' : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/**
 * Starts a fresh cluster (call `ensurePostgres` first).
 *
 * @example
 * const pg = await startLocalPostgres();
 * const url = await pg.createDatabase('northstar_a');
 */
export async function startLocalPostgres(): Promise<LocalPostgres> {
  const bin = binDir()!;
  const dir = mkdtempSync(join(tmpdir(), 'northstar-server-pg-'));
  const asRoot = isRoot();
  if (asRoot) {
    // initdb refuses to run as root: the cluster runs as the postgres user the package created.
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    chownSync(dir, uid, gid);
  }
  const exec = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args);
  const data = join(dir, 'data');
  await exec('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  await exec('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    'start',
  ]);
  const base = `postgres://postgres@127.0.0.1:${port}`;
  return {
    url: `${base}/postgres`,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
      const sql = postgres(`${base}/postgres`, { max: 1, onnotice: () => {} });
      try {
        // DDL takes no parameters; the name was checked against a strict pattern above.
        await sql.unsafe(`create database ${name}`);
      } finally {
        await sql.end({ timeout: 5 });
      }
      return `${base}/${name}`;
    },
    async stop() {
      await exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
