// Goal tree benchmark in real Chromium (production build): <GoalTree> against react-arborist over the same goals in
// the same page load (alternating order, several repetitions). Prints the ratio for mount, expanding a branch with
// 1,000 children, a key step and a check-in that updates the path, the million-row result, and both bundle sizes.
//
//   node bench/goalTree.bench.mjs            100,000 goals × 5 repetitions, plus the 1,000,000-row check
//   node bench/goalTree.bench.mjs --smoke    2,000 goals × 1 repetition, no million rows (the test suite's run)
//   add --json for one machine-readable JSON line on stdout
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const smoke = args.has('--smoke');
const json = args.has('--json');
const count = smoke ? 2_000 : 100_000;
const repetitions = smoke ? 1 : 5;
const log = json ? () => {} : (line = '') => process.stdout.write(`${line}\n`);
const production = { 'process.env.NODE_ENV': '"production"' };

/** min and min+gzip bytes of one entry bundled on its own, React left out. */
async function bundleSize(contents) {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'tsx', sourcefile: 'size-entry.tsx' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: production,
    external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    write: false,
    outdir: 'out',
    logLevel: 'silent',
  });
  const js = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  return {
    min: js.reduce((sum, f) => sum + f.contents.length, 0),
    gzip: js.reduce((sum, f) => sum + gzipSync(f.contents, { level: 9 }).length, 0),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (x) => `${x.toFixed(1)} ms`;

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: run `node ../../scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.');
  process.exit(1);
}

const [northstarSize, referenceSize] = await Promise.all([
  // What a host pays for the tree: the widget with @northstar/core, Radix Dialog and dnd-kit (every chunk inlined).
  bundleSize("export { GoalTree } from './src/goal-tree/GoalTree.js';"),
  bundleSize("export { Tree } from 'react-arborist';"),
]);

const outdir = mkdtempSync(path.join(tmpdir(), 'ns-goal-tree-bench-'));
let browser;
try {
  await build({
    entryPoints: [path.join(packageDir, 'bench/goalTreePage.tsx')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: production,
    outdir,
    entryNames: 'page',
    logLevel: 'warning',
  });
  writeFileSync(
    path.join(outdir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Goal tree benchmark</title>' +
      '<link rel="stylesheet" href="page.css"></head><body><script src="page.js"></script></body></html>',
  );
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(pathToFileURL(path.join(outdir, 'index.html')).href);
  await page.waitForFunction(() => typeof window.runTree === 'function', null, { timeout: 20_000 });
  await page.evaluate((n) => window.prepare(n), count);

  const samples = { northstar: [], reference: [] };
  const run = async (library, record) => {
    const sample = await page.evaluate((lib) => window.runTree(lib), library);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50))); // idle: GC, stray timers
    if (record) samples[library].push(sample);
  };
  // One untimed warm-up each (JIT, style sheet), then alternate which library goes first.
  await run('northstar', false);
  await run('reference', false);
  for (let rep = 0; rep < repetitions; rep++) {
    const order = rep % 2 === 0 ? ['northstar', 'reference'] : ['reference', 'northstar'];
    for (const library of order) await run(library, true);
  }
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
    northstar: { ...northstar, bundle: northstarSize },
    reference: { ...reference, bundle: referenceSize, name: 'react-arborist@3.16.0' },
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
    ].map(([label, k]) => [label, ms(northstar[k]), ms(reference[k]), `${ratio[k].toFixed(2)}×`]),
    ['rows in the DOM after expanding', String(northstar.rowsInDom), String(reference.rowsInDom), ''],
    ['JS bundle min+gzip (no React)', kb(northstarSize.gzip), kb(referenceSize.gzip), ''],
    ['JS bundle min (no React)', kb(northstarSize.min), kb(referenceSize.min), ''],
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
  const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
  for (const row of table)
    log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));
  log(
    '\nratio > 1: <GoalTree> is that many times faster. react-arborist has no rollup: its check-in recomputes the',
  );
  log('percentages with one core rollup and re-renders; <GoalTree> updates the path with Rollup.set.');
  if (pageErrors.length) log(`\nPage errors:\n${pageErrors.join('\n')}`);
  if (json) process.stdout.write(`${JSON.stringify({ ...report, raw: samples })}\n`);
  if (pageErrors.length || northstar.rowsInDom === 0 || reference.rowsInDom === 0) process.exitCode = 1;
} finally {
  await browser?.close();
  rmSync(outdir, { recursive: true, force: true });
}
