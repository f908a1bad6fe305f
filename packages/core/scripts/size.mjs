// Size budgets of @northstar/core's entries (the shared checker is scripts/sizeBudgets.mjs).
import { build } from 'esbuild';
import { checkBudgets } from '../../../scripts/sizeBudgets.mjs';

await checkBudgets(
  [
    { name: '@northstar/core', entry: 'dist/index.js', limit: 12 },
    { name: '@northstar/core/feedback', entry: 'dist/feedback.js', limit: 5 },
    { name: '@northstar/core/calibration', entry: 'dist/calibration.js', limit: 6 },
    { name: '@northstar/core/adapters', entry: 'dist/adapters.js', limit: 9 },
    { name: '@northstar/core/testing', entry: 'dist/testing.js', limit: 6 },
  ],
  { build },
);
