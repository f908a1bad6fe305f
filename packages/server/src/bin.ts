import { parseArgs } from 'node:util';
import { startServer } from './startServer.js';

const HELP = `northstar-server — Northstar's reference REST API

Usage: northstar-server [--port N] [--host H] [--data-dir DIR] [--seed DIR]

  --port N        port to listen on (default $PORT, else 8787; 0 picks a free one)
  --host H        interface to listen on (default $HOST, else 127.0.0.1)
  --data-dir DIR  embedded database files (default $NORTHSTAR_DATA_DIR, else ./northstar-data)
  --seed DIR      load a folder shaped like examples/sample-org into an empty database

Environment: DATABASE_URL (a real Postgres instead of the embedded one), NORTHSTAR_SECRET,
NORTHSTAR_DEMO_SIGNIN=1|0 (demo sign-in; on by default only for the embedded database).`;

function fatal(message: string): never {
  process.stderr.write(`northstar-server: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseArgs>['values'];
  try {
    args = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    fatal(`${(error as Error).message} (see --help)`);
  }
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const portText = (args.port as string | undefined) ?? process.env.PORT ?? '8787';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fatal(`--port must be 0–65535, got ${JSON.stringify(portText)}`);
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const demo = process.env.NORTHSTAR_DEMO_SIGNIN;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({
      port,
      host: (args.host as string | undefined) ?? process.env.HOST ?? '127.0.0.1',
      databaseUrl,
      dataDir: databaseUrl
        ? undefined
        : ((args['data-dir'] as string | undefined) ?? process.env.NORTHSTAR_DATA_DIR ?? 'northstar-data'),
      seed: args.seed as string | undefined,
      secret: process.env.NORTHSTAR_SECRET || undefined,
      demoSignIn: demo === undefined ? undefined : demo === '1' || demo === 'true',
    });
  } catch (error) {
    const reason = (error as Error).message?.split('\n')[0] ?? String(error);
    if (databaseUrl !== undefined) {
      let where = 'DATABASE_URL';
      try {
        const url = new URL(databaseUrl);
        where = `DATABASE_URL (${url.hostname}:${url.port || '5432'})`;
      } catch {
        // An unparsable URL is reported by name only: it may hold a password.
      }
      fatal(`cannot use the database at ${where}: ${reason}`);
    }
    fatal(`cannot start: ${reason}`);
  }
  process.stdout.write(`Northstar API listening on ${server.url} (docs: ${server.url}/api/docs)\n`);
  const shutdown = (): void => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

void main();
