// Size budgets of @northstar/react's entries (the shared checker is scripts/sizeBudgets.mjs). Each entry includes its
// own libraries (arc geometry, TanStack Table and Virtual, Radix Dialog). Excluded: React, React DOM, TanStack Query
// and @northstar/core — every host pays for those once (core has its own budgets), whichever widgets it imports.
import { build } from 'esbuild';
import { checkBudgets } from '../../../scripts/sizeBudgets.mjs';

await checkBudgets(
  [
    { name: '@northstar/react (provider, theme, hooks)', entry: 'dist/index.js', limit: 11 },
    { name: '@northstar/react/kpi-gauge', entry: 'dist/kpi-gauge.js', limit: 9 },
    { name: '@northstar/react/kpi-table', entry: 'dist/kpi-table.js', limit: 60 },
    { name: '@northstar/react/nine-box', entry: 'dist/nine-box.js', limit: 70 },
  ],
  {
    build,
    platform: 'browser',
    external: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      'react-dom/client',
      '@tanstack/react-query',
      '@northstar/core',
    ],
  },
);
