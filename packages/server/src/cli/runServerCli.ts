import { parseArgs } from 'node:util';
import { type NorthstarServer, startServer } from '../startServer.js';

const HELP = `northstar-server — Northstar's reference REST API

Usage: northstar-server [--port N] [--host H] [--data-dir DIR] [--seed DIR]

  --port N        port to listen on (default $PORT, else 8787; 0 picks a free one)
  --host H        interface to listen on (default $HOST, else 127.0.0.1)
  --data-dir DIR  embedded database files (default $NORTHSTAR_DATA_DIR, else ./northstar-data)
  --seed DIR      load a folder shaped like examples/sample-org into an empty database

Environment: DATABASE_URL (a real Postgres instead of the embedded one), NORTHSTAR_SECRET,
NORTHSTAR_DEMO_SIGNIN=1|0 (demo sign-in; on by default only for the embedded database).`;

/**
 * Where the CLI writes: stdout and stderr by default, strings in tests.
 *
 * @example
 * const io: CliIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/**
 * What the CLI ended with: an exit code, or a running server (the bin then waits for a signal).
 *
 * @example
 * const result = await runServerCli(['--port', '0'], process.env, io);
 */
export type CliResult = { code: number } | { server: NorthstarServer };

/**
 * The `northstar-server` command: parses flags and environment, starts the server and prints its URL, or prints
 * one line naming the problem (e.g. `DATABASE_URL` unreachable) and answers exit code 1.
 *
 * @example
 * const result = await runServerCli(['--seed', 'examples/sample-org'], { PORT: '8080' }, io);
 */
export async function runServerCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: CliIo,
): Promise<CliResult> {
  const fatal = (message: string): CliResult => {
    io.err(`northstar-server: ${message}\n`);
    return { code: 1 };
  };
  let args: Record<string, string | boolean | undefined>;
  try {
    args = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    return fatal(`${(error as Error).message} (see --help)`);
  }
  if (args.help === true) {
    io.out(`${HELP}\n`);
    return { code: 0 };
  }
  const portText = (args.port as string | undefined) ?? env.PORT ?? '8787';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    return fatal(`--port must be 0–65535, got ${JSON.stringify(portText)}`);
  const databaseUrl = env.DATABASE_URL || undefined;
  const demo = env.NORTHSTAR_DEMO_SIGNIN;
  try {
    const server = await startServer({
      port,
      host: (args.host as string | undefined) ?? env.HOST ?? '127.0.0.1',
      databaseUrl,
      dataDir: databaseUrl
        ? undefined
        : ((args['data-dir'] as string | undefined) ?? env.NORTHSTAR_DATA_DIR ?? 'northstar-data'),
      seed: args.seed as string | undefined,
      secret: env.NORTHSTAR_SECRET || undefined,
      demoSignIn: demo === undefined ? undefined : demo === '1' || demo === 'true',
    });
    io.out(`Northstar API listening on ${server.url} (docs: ${server.url}/api/docs)\n`);
    return { server };
  } catch (error) {
    const reason = (error as Error).message?.split('\n')[0] || String(error);
    if (databaseUrl === undefined) return fatal(`cannot start: ${reason}`);
    let where = 'DATABASE_URL';
    try {
      const url = new URL(databaseUrl);
      where = `DATABASE_URL (${url.hostname}:${url.port || '5432'})`;
    } catch {
      // An unparsable URL is named, not shown: it may hold a password.
    }
    return fatal(`cannot use the database at ${where}: ${reason}`);
  }
}
