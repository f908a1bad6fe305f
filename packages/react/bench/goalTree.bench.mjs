// Goal tree benchmark in real Chromium (production build): <GoalTree> against react-arborist over the same goals in
// the same page load (alternating order, several repetitions). Prints the ratio for mount, expanding a branch with
// 1,000 children, a key step and a check-in that updates the path, the million-row result, and both bundle sizes.
//
//   node bench/goalTree.bench.mjs            100,000 goals × 5 repetitions, plus the 1,000,000-row check
//   node bench/goalTree.bench.mjs --smoke    2,000 goals × 1 repetition, no million rows (the test suite's run)
//   add --json for one machine-readable JSON line on stdout
import {
  alternate,
  benchFlags,
  bundleRows,
  bundleSize,
  idle,
  median,
  ms,
  printTable,
  times,
  withBenchPage,
} from './harness.mjs';

const { smoke, json, log } = benchFlags();
const count = smoke ? 2_000 : 100_000;
const repetitions = smoke ? 1 : 5;

const [northstarSize, referenceSize] = await Promise.all([
  // What a host pays for the tree: the widget with @northstar/core, Radix Dialog and dnd-kit (every chunk inlined).
  bundleSize("export { GoalTree } from './src/goal-tree/GoalTree.js';"),
  bundleSize("export { Tree } from 'react-arborist';"),
]);

const goalTreePage = {
  entry: 'bench/goalTreePage.tsx',
  title: 'Goal tree benchmark',
  ready: 'runTree',
  readyTimeout: 20_000,
};
await withBenchPage(goalTreePage, async ({ page, browser, pageErrors }) => {
  await page.evaluate((n) => window.prepare(n), count);

  const samples = { northstar: [], reference: [] };
  const run = async (library, record) => {
    const sample = await page.evaluate((lib) => window.runTree(lib), library);
    await idle(page);
    if (record) samples[library].push(sample);
  };
  await alternate(repetitions, ['northstar', 'reference'], run);
  const million = smoke
    ? null
    : {
        northstar: await page.evaluate(() => window.runMillion('northstar')),
        reference: await page.evaluate(() => window.runMillion('reference')),
      };

  const expandAll = await page.evaluate(() => window.runExpandAll());
  const keys = ['mountMs', 'expandMs', 'keyStepMs', 'checkInMs'];
  const summary = (list) => ({
    ...Object.fromEntries(keys.map((k) => [k, median(list.map((s) => s[k]))])),
    rowsInDom: Math.max(...list.map((s) => s.rowsInDom)),
    focusedAfterKey: list.at(-1)?.focusedAfterKey ?? '',
  });
  const northstar = summary(samples.northstar);
  const reference = summary(samples.reference);
  const ratio = Object.fromEntries(keys.map((k) => [k, reference[k] / northstar[k]]));
  const report = {
    count,
    repetitions,
    react: await page.evaluate(() => window.benchReactVersion),
    browser: browser.version(),
    northstar: { ...northstar, bundle: northstarSize.js },
    reference: { ...reference, bundle: referenceSize.js, name: 'react-arborist@3.16.0' },
    ratio,
    million,
    expandAll,
    pageErrors,
  };

  log(
    `Goal tree benchmark — ${count.toLocaleString('en-US')} goals × ${repetitions} repetitions, alternating order, one page load`,
  );
  log(`Chromium ${report.browser}, React ${report.react} (production build), medians\n`);
  const table = [
    ['', '<GoalTree>', 'react-arborist', 'ratio (ra ÷ ns)'],
    ...[
      ['mount (render + layout)', 'mountMs'],
      ['expand a branch of 1,000 children', 'expandMs'],
      ['key step (ArrowDown)', 'keyStepMs'],
      ['check-in, path to the root updated', 'checkInMs'],
    ].map(([label, k]) => [label, ms(northstar[k]), ms(reference[k]), times(ratio[k])]),
    ['rows in the DOM after expanding', String(northstar.rowsInDom), String(reference.rowsInDom), ''],
    ...bundleRows(northstarSize, referenceSize, ['gzip', 'min']),
  ];
  if (million) {
    const say = (m) =>
      `${m.lastRendered ? 'last row shown' : 'last row NOT shown'} (${(m.scrollHeight / 1e6).toFixed(1)}M px)`;
    table.push(['1,000,000 rows: scroll to the end', say(million.northstar), say(million.reference), '']);
  }
  table.push([
    'Expand all: longest block / frame gap',
    `${ms(expandAll.longestTaskMs)} / ${ms(expandAll.longestFrameGapMs)}`,
    '',
    `${expandAll.rows} rows`,
  ]);
  printTable(table, log);
  log(
    '\nratio > 1: <GoalTree> is that many times faster. react-arborist has no rollup: its check-in recomputes the',
  );
  log('percentages with one core rollup and re-renders; <GoalTree> updates the path with Rollup.set.');
  if (pageErrors.length) log(`\nPage errors:\n${pageErrors.join('\n')}`);
  if (json) process.stdout.write(`${JSON.stringify({ ...report, raw: samples })}\n`);
  if (pageErrors.length || northstar.rowsInDom === 0 || reference.rowsInDom === 0) process.exitCode = 1;
});
