// Gauge benchmark in real Chromium: mounts N <KpiGauge> and N react-gauge-component gauges with the same values in
// the same page load (alternating order, several repetitions), then prints the ratio of mount times and both
// gauges' own bundle sizes (min+gzip, React excluded).
//
//   node bench/gauges.bench.mjs            200 gauges × 7 repetitions
//   node bench/gauges.bench.mjs --smoke    10 gauges × 2 repetitions (used by the test suite; no timing checks)
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
const count = smoke ? 10 : 200;
const repetitions = smoke ? 2 : 7;

const log = json ? () => {} : (line = '') => process.stdout.write(`${line}\n`);

const production = { 'process.env.NODE_ENV': '"production"' };

// Where a bundle's minified bytes come from: packages by name, our own sources by folder.
function composition(metafile) {
  const groups = {};
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const inPackage = file.split('node_modules/').at(-1);
      const name = file.includes('node_modules/')
        ? inPackage
            .split('/')
            .slice(0, inPackage.startsWith('@') ? 2 : 1)
            .join('/')
        : file.includes('packages/core/') || file.startsWith('../core/')
          ? '@northstar/core'
          : path.dirname(file);
      groups[name] = (groups[name] ?? 0) + bytesInOutput;
    }
  }
  return Object.fromEntries(Object.entries(groups).sort((a, b) => b[1] - a[1]));
}

/** min and min+gzip bytes of one entry bundled on its own with React left out, and where its bytes come from. */
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
    metafile: true,
    outdir: 'out',
    logLevel: 'silent',
  });
  const size = (ext) =>
    result.outputFiles
      .filter((f) => f.path.endsWith(ext))
      .reduce(
        (sum, f) => ({
          min: sum.min + f.contents.length,
          gzip: sum.gzip + gzipSync(f.contents, { level: 9 }).length,
        }),
        { min: 0, gzip: 0 },
      );
  return { js: size('.js'), css: size('.css'), composition: composition(result.metafile) };
}

async function bundlePage(outdir) {
  await build({
    entryPoints: [path.join(packageDir, 'bench/gaugesPage.tsx')],
    bundle: true,
    minify: true,
    // a classic script: Chromium refuses module scripts from file:// URLs
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
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gauge benchmark</title>' +
      '<link rel="stylesheet" href="page.css"><style>.bench-grid{display:flex;flex-wrap:wrap;gap:4px}</style></head>' +
      '<body><script src="page.js"></script></body></html>',
  );
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
  // The gauge as a host gets it: the component plus the @northstar/core and d3-shape code it uses.
  bundleSize(
    "export { KpiGauge } from './src/kpi-gauge/KpiGauge.js'; import './src/kpi-gauge/kpiGauge.css';",
  ),
  bundleSize("export { default } from 'react-gauge-component';"),
]);

const outdir = mkdtempSync(path.join(tmpdir(), 'ns-gauge-bench-'));
let browser;
try {
  await bundlePage(outdir);
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(pathToFileURL(path.join(outdir, 'index.html')).href);
  await page
    .waitForFunction(() => typeof window.mountGauges === 'function', null, { timeout: 10_000 })
    .catch((error) => {
      throw new Error(`The bench page did not start: ${pageErrors.join('\n') || error}`);
    });
  // Main-thread time (script, style, layout, paint recording) from Chromium's own counters, so work a library
  // defers past flushSync (react-gauge-component draws after a ResizeObserver, a timeout and a frame) still counts.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ??
    Number.NaN;
  const nextFrames = () =>
    page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );

  const samples = { northstar: [], reference: [] };
  const mount = async (library, record) => {
    const before = await taskSeconds();
    const sample = await page.evaluate(([lib, n]) => window.mountGauges(lib, n), [library, count]);
    await nextFrames(); // the frame that paints the drawn gauges belongs to the mount
    const mainThreadMs = ((await taskSeconds()) - before) * 1000;
    await page.evaluate(() => window.unmountGauges());
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50))); // idle: GC, stray timers
    if (record) samples[library].push({ ...sample, mainThreadMs });
  };
  // One untimed warm-up each (JIT, style sheet), then alternate which library goes first.
  await mount('northstar', false);
  await mount('reference', false);
  for (let rep = 0; rep < repetitions; rep++) {
    const order = rep % 2 === 0 ? ['northstar', 'reference'] : ['reference', 'northstar'];
    for (const library of order) await mount(library, true);
  }
  const result = { react: await page.evaluate(() => window.benchReactVersion), ...samples };
  const browserVersion = browser.version();

  const summary = (list) => ({
    renderMs: median(list.map((s) => s.renderMs)),
    renderAndLayoutMs: median(list.map((s) => s.renderAndLayoutMs)),
    drawnMs: median(list.map((s) => s.drawnMs)),
    mainThreadMs: median(list.map((s) => s.mainThreadMs)),
    drawnInFlushSync: Math.min(...list.map((s) => s.drawnInFlushSync)),
    drawn: Math.min(...list.map((s) => s.drawn)),
    samples: list.length,
  });
  const northstar = summary(result.northstar);
  const reference = summary(result.reference);
  const report = {
    count,
    repetitions,
    react: result.react,
    browser: browserVersion,
    northstar: { ...northstar, bundle: northstarSize },
    reference: { ...reference, bundle: referenceSize, name: 'react-gauge-component@2.0.29' },
    // reference time ÷ <KpiGauge> time: > 1 means <KpiGauge> mounts faster.
    ratio: {
      render: reference.renderMs / northstar.renderMs,
      renderAndLayout: reference.renderAndLayoutMs / northstar.renderAndLayoutMs,
      drawn: reference.drawnMs / northstar.drawnMs,
      mainThread: reference.mainThreadMs / northstar.mainThreadMs,
    },
    pageErrors,
  };

  log(
    `Gauge mount benchmark — ${count} gauges × ${repetitions} repetitions, alternating order, one page load`,
  );
  log(`Chromium ${browserVersion}, React ${result.react} (production build), medians\n`);
  const row = (label, key, ratio) => [label, ms(northstar[key]), ms(reference[key]), `${ratio.toFixed(2)}×`];
  const rows = [
    ['', '<KpiGauge>', 'react-gauge-component', 'ratio (rgc ÷ ns)'],
    row('mount: flushSync(root.render)', 'renderMs', report.ratio.render),
    row('mount + style/layout', 'renderAndLayoutMs', report.ratio.renderAndLayout),
    row('mount until every gauge is drawn', 'drawnMs', report.ratio.drawn),
    row('main-thread time, mount to painted', 'mainThreadMs', report.ratio.mainThread),
    [
      'gauges drawn inside flushSync',
      `${northstar.drawnInFlushSync}/${count}`,
      `${reference.drawnInFlushSync}/${count}`,
      '',
    ],
    ['JS bundle min+gzip (no React)', kb(northstarSize.js.gzip), kb(referenceSize.js.gzip), ''],
    ['JS bundle min (no React)', kb(northstarSize.js.min), kb(referenceSize.js.min), ''],
    [
      'CSS min+gzip',
      kb(northstarSize.css.gzip),
      referenceSize.css.gzip ? kb(referenceSize.css.gzip) : '(none)',
      '',
    ],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const row of rows)
    log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));
  const parts = (side) =>
    Object.entries(side.composition)
      .filter(([, bytes]) => bytes > 0)
      .slice(0, 5)
      .map(([name, bytes]) => `${name} ${kb(bytes)}`)
      .join(', ');
  log(`\n<KpiGauge> JS by source (min): ${parts(northstarSize)}`);
  log(`react-gauge-component JS by source (min): ${parts(referenceSize)}`);
  log('\nratio > 1: <KpiGauge> is that many times faster. Medians; per-run samples with --json.');
  log('react-gauge-component defers its drawing past flushSync, so compare the last two rows.');
  if (pageErrors.length) log(`\nPage errors:\n${pageErrors.join('\n')}`);
  if (json) process.stdout.write(`${JSON.stringify({ ...report, raw: result })}\n`);
  if (northstar.drawn !== count || reference.drawn !== count || pageErrors.length) process.exitCode = 1;
} finally {
  await browser?.close();
  rmSync(outdir, { recursive: true, force: true });
}
