// Size budget of @northstar/adapter-rest (the shared checker is scripts/sizeBudgets.mjs). Core is external: a host
// with Northstar widgets already ships it, and the adapter only uses its error class.
import { build } from 'esbuild';
import { checkBudgets } from '../../../scripts/sizeBudgets.mjs';

await checkBudgets([{ name: '@northstar/adapter-rest', entry: 'dist/index.js', limit: 4 }], {
  build,
  external: ['@northstar/core'],
});
