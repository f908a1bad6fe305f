import { runServerCli } from './cli/runServerCli.js';

const result = await runServerCli(process.argv.slice(2), process.env, {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
if ('code' in result) {
  process.exitCode = result.code;
} else {
  const { server } = result;
  const shutdown = (): void => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
