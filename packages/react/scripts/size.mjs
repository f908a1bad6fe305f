// Size budgets of @northstar/react (the shared checker is scripts/sizeBudgets.mjs), measured the way a host bundles
// them: minified ESM, tree-shaken to what the host imports. React, React DOM and @northstar/core are left out (every
// host pays for them once, core has its own budgets); TanStack Query is a peer dependency of the connected widgets
// and is INCLUDED in the "provider + …" figures, so they are what a host's bundle grows by.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
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
    { name: 'provider + table (KpiTable)', entry: 'scripts/size/provider-table.mjs', limit: 73 },
    // Everything the tree can load, lazy chunks included (dialogs with Radix, dnd-kit); its first load is checked
    // below. See the README's goal tree section.
    {
      name: 'provider + goal tree, all chunks (GoalTree)',
      entry: 'scripts/size/provider-goal-tree.mjs',
      limit: 72,
    },
    // Everything the 9-box can load, lazy chunks included: dnd-kit (~14 kB) and the drill-down's TanStack Table,
    // Virtual and Radix Dialog. 100 → 102 kB: the chunks' loaders; its first load is checked below.
    {
      name: 'provider + 9-box, all chunks (NineBoxGrid, CalibrationPanel)',
      entry: 'scripts/size/provider-nine-box.mjs',
      limit: 102,
    },
    // react-hook-form and the data hooks (TanStack Query) are most of it. 50 → 52 kB: the seven-locale catalogue of
    // core's feedback errors (translated template/response errors) and the multiple-choice messages, +3.7 kB.
    {
      name: 'provider + feedback form (FeedbackForm)',
      entry: 'scripts/size/provider-feedback-form.mjs',
      limit: 52,
    },
    // d3-scale (linear + band), d3-dsv for the CSV, and the data hooks.
    {
      name: 'provider + 360 summary (FeedbackSummary)',
      entry: 'scripts/size/provider-feedback-summary.mjs',
      // 42 → 43 kB: the same error catalogue and the "chosen by N of M" messages, +2.75 kB.
      limit: 43,
    },
    // The picker and its seven-locale catalogue, with the data hooks (TanStack Query) it shares with the form.
    {
      name: 'provider + feedback request (FeedbackRequest)',
      entry: 'scripts/size/provider-feedback-request.mjs',
      limit: 29,
    },
  ],
  { build, platform: 'browser', external },
);

/**
 * A widget's first load: its entry and the chunks it imports statically, bundled with code splitting as an app would;
 * the chunks it loads on first use are reported beside it (`lazyName` names one from its output file). Exits 1 over
 * the budget.
 */
async function checkFirstLoad({ name, entry, limit, lazyName }) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: 'size-out',
    write: false,
    platform: 'browser',
    external,
    metafile: true,
    logLevel: 'error',
  });
  const gz = new Map(
    result.outputFiles.map((f) => [
      path.relative(process.cwd(), f.path),
      gzipSync(f.contents, { level: 9 }).length,
    ]),
  );
  const outputs = result.metafile.outputs;
  const main = Object.keys(outputs).find((file) => outputs[file].entryPoint);
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const i of outputs[file].imports)
      if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(main);
  const kb = (bytes) => `${(bytes / 1024).toFixed(2)} kB`;
  const first = [...initial].reduce((sum, file) => sum + gz.get(file), 0);
  const lazy = Object.keys(outputs).filter((file) => file.endsWith('.js') && !initial.has(file));
  const ok = first <= limit * 1024;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: ${kb(first)} min+gzip (budget ${limit} kB); ` +
      `loaded on first use: ${lazy.map((file) => `${lazyName(path.basename(file))} ${kb(gz.get(file))}`).join(', ')}`,
  );
  if (!ok) process.exit(1);
}

// The goal tree's first load; its dialogs (with Radix) and dnd-kit load on first use. A chunk shared by the lazy
// parts has no name of its own; today that is Radix Dialog (both dialogs use it).
await checkFirstLoad({
  name: 'provider + goal tree, first load (GoalTree)',
  entry: 'scripts/size/provider-goal-tree.mjs',
  limit: 44,
  lazyName: (file) => (file.startsWith('chunk-') ? 'shared (Radix Dialog)' : file.split('-')[0]),
});

// The 9-box's first load; dnd-kit and the drill-down dialog (Radix Dialog, TanStack Table and Virtual) load on
// first use or while the page is idle.
await checkFirstLoad({
  name: 'provider + 9-box, first load (NineBoxGrid, CalibrationPanel)',
  entry: 'scripts/size/provider-nine-box.mjs',
  limit: 49,
  lazyName: (file) => file.split('-')[0],
});

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
