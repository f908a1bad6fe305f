// Size budgets of @northstar/core's entries (the shared checker is scripts/sizeBudgets.mjs).
import { build } from 'esbuild';
import { checkBudgets } from '../../../scripts/sizeBudgets.mjs';

await checkBudgets(
  [
    { name: '@northstar/core', entry: 'dist/index.js', limit: 12 },
    // 5 → 6 kB: validateAnswer, compareSelfToOthers and the no-exception anonymity rules (5.25 kB together).
    { name: '@northstar/core/feedback', entry: 'dist/feedback.js', limit: 6 },
    { name: '@northstar/core/calibration', entry: 'dist/calibration.js', limit: 6 },
    // 9 → 13 kB with the adapter contract additions on main (the memory adapter's feedback.summarize now bundles
    // aggregateFeedback and its template compiler): 12.4 kB on main, 12.6 kB with the anonymity rules of issue 7.
    // 13 → 13.5 kB: multiple-choice questions (template checks, answer rules, counting picks) add 0.45 kB to the
    // template compiler and validateAnswer that the memory adapter bundles (13.18 kB).
    { name: '@northstar/core/adapters', entry: 'dist/adapters.js', limit: 13.5 },
    { name: '@northstar/core/testing', entry: 'dist/testing.js', limit: 6 },
  ],
  { build },
);
