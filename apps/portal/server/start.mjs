#!/usr/bin/env node
// `pnpm start`: the Acme People portal and the Northstar API on one port, data kept in apps/portal/.data.
// PORT (default 5173) and HOST (default 127.0.0.1) choose where to listen; DATABASE_URL uses a real Postgres.
import { fileURLToPath } from 'node:url';
import { demoSignIns, startPortal } from './startPortal.mjs';

const started = performance.now();
const portal = await startPortal({
  port: process.env.PORT === undefined ? 5173 : Number(process.env.PORT),
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: process.env.DATABASE_URL ? undefined : fileURLToPath(new URL('../.data', import.meta.url)),
  databaseUrl: process.env.DATABASE_URL,
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const people = await demoSignIns();
console.log(`\nAcme People (a demo HR portal embedding Northstar) is running at ${portal.url}/`);
console.log(
  `  ${portal.seeded ? 'seeded the embedded database from examples/sample-org' : 'using the existing database'} · ready in ${seconds} s`,
);
console.log('  demo sign-ins (pick one on the sign-in page):');
for (const p of people) console.log(`    ${p.role.padEnd(9)} ${p.personId}  ${p.name}, ${p.title}`);
console.log(`  API reference: ${portal.url}/api/docs · Storybook: pnpm storybook · Ctrl+C to stop\n`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void portal.stop().then(() => process.exit(0));
  });
}
