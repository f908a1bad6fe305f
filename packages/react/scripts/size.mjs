// Size budgets of @northstar/react (the shared checker is scripts/sizeBudgets.mjs), measured the way a host bundles
// them: minified ESM, tree-shaken to what the host imports. React, React DOM and @northstar/core are left out (every
// host pays for them once, core has its own budgets); TanStack Query is a peer dependency of the connected widgets
// and is INCLUDED in the "provider + …" figures, so they are what a host's bundle grows by.
import { build } from 'esbuild';
import { checkBudgets } from '../../../scripts/sizeBudgets.mjs';

const external = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'react-dom/client',
  '@northstar/core',
  '@northstar/core/adapters',
];

// Every message catalogue (7 locales) ships inside its widget's entry, so no locale needs an extra request.
await checkBudgets(
  [
    {
      name: 'provider + one gauge (KpiGauge, connected-capable)',
      entry: 'scripts/size/provider-gauge.mjs',
      limit: 27,
    },
    {
      name: 'provider + controlled gauge (KpiGaugeView)',
      entry: 'scripts/size/provider-gauge-view.mjs',
      limit: 16,
    },
    { name: 'provider + table (KpiTable)', entry: 'scripts/size/provider-table.mjs', limit: 84 },
    // Aim 25 kB for the tree with its libraries. Measured with the provider and TanStack Query (~26 kB together):
    // dnd-kit ~12, TanStack Virtual ~10, Radix Dialog ~13 (shared with the table), the tree and its seven-locale
    // catalogue ~26. See the README's goal tree section for what would close the gap.
    { name: 'provider + goal tree (GoalTree)', entry: 'scripts/size/provider-goal-tree.mjs', limit: 80 },
    // dnd-kit (pointer and keyboard drag, ~14 kB) on top of the table's libraries (TanStack Table, Virtual, Radix Dialog).
    {
      name: 'provider + 9-box (NineBoxGrid, CalibrationPanel)',
      entry: 'scripts/size/provider-nine-box.mjs',
      limit: 100,
    },
    // react-hook-form and the data hooks (TanStack Query) are most of it.
    {
      name: 'provider + feedback form (FeedbackForm)',
      entry: 'scripts/size/provider-feedback-form.mjs',
      limit: 50,
    },
    // d3-scale (linear + band), d3-dsv for the CSV, and the data hooks.
    {
      name: 'provider + 360 summary (FeedbackSummary)',
      entry: 'scripts/size/provider-feedback-summary.mjs',
      limit: 42,
    },
  ],
  { build, platform: 'browser', external },
);

// An adapter-less host must not bundle TanStack Query: the provider and the controlled gauge never import it.
const lean = await build({
  entryPoints: ['scripts/size/provider-gauge-view.mjs'],
  bundle: true,
  minify: false,
  format: 'esm',
  write: false,
  platform: 'browser',
  external,
  logLevel: 'error',
});
if (/QueryClient|QueryObserver/.test(lean.outputFiles[0].text)) {
  console.error('FAIL provider + KpiGaugeView bundles TanStack Query');
  process.exit(1);
}
console.log('ok   provider + KpiGaugeView bundles no TanStack Query');
