// What every bench/*.bench.mjs shares: the --smoke/--json flags, esbuild production bundles (the page and the
// size entries), one headless Debian Chromium with the page open, the warm-up + alternating-order loop, medians and
// the printed table. Each bench script keeps only its scenario: what it measures, its report and its rows.
//
//   const { smoke, json, log } = benchFlags();
//   const sizes = await Promise.all([bundleSize("export { X } from './src/x/X.js';"), bundleSize("export … 'lib';")]);
//   await withBenchPage({ entry: 'bench/xPage.tsx', title: 'X benchmark', ready: 'mountX' }, async ({ page }) => {
//     await alternate(repetitions, ['northstar', 'reference'], async (library, record) => { … });
//     printTable([['', '<X>', 'lib', 'ratio'], …, ...bundleRows(sizes[0], sizes[1])], log);
//   });
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';

/** The @northstar/react package folder: esbuild resolves entries and size snippets from here. */
export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Every bundle is what a host ships: React's production build, minified.
const production = { 'process.env.NODE_ENV': '"production"' };

/**
 * The CLI flags every bench takes: `--smoke` (tiny input, the test suite's run) and `--json` (one JSON line on
 * stdout instead of the text report, which `log` then swallows).
 * @example const { smoke, json, log } = benchFlags(); log('printed unless --json');
 */
export function benchFlags(argv = process.argv.slice(2)) {
  const args = new Set(argv);
  const json = args.has('--json');
  return {
    smoke: args.has('--smoke'),
    json,
    log: json ? () => {} : (line = '') => process.stdout.write(`${line}\n`),
  };
}

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

/**
 * Bundles one entry snippet on its own (esbuild, minified, production, React left out) and returns its JS and CSS
 * bytes, min and min+gzip, plus the minified JS bytes per source package, largest first.
 * @example const { js, css } = await bundleSize("export { KpiGauge } from './src/kpi-gauge/KpiGauge.js';");
 */
export async function bundleSize(contents) {
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

/**
 * Bundles a bench page (a .tsx under packageDir) as a production page.js + page.css into `outdir` and writes the
 * index.html that loads them; returns its file:// URL.
 * @example const url = await buildPage({ entry: 'bench/gaugesPage.tsx', title: 'Gauge benchmark', outdir });
 */
export async function buildPage({ entry, title, outdir, head = '', loader }) {
  await build({
    entryPoints: [path.join(packageDir, entry)],
    bundle: true,
    minify: true,
    // a classic script: Chromium refuses module scripts from file:// URLs
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: production,
    ...(loader ? { loader } : {}),
    outdir,
    entryNames: 'page',
    logLevel: 'warning',
  });
  const html = path.join(outdir, 'index.html');
  writeFileSync(
    html,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
      `<link rel="stylesheet" href="page.css">${head}</head><body><script src="page.js"></script></body></html>`,
  );
  return pathToFileURL(html).href;
}

/**
 * Launches headless Chromium (scripts/chromium.mjs finds it: CHROMIUM_PATH, /usr/bin/chromium, Playwright's cache);
 * exits the process with a hint when there is none.
 * @example const browser = await launchChromium(); try { … } finally { await browser.close(); }
 */
export function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('No Chromium found: run `node ../../scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.');
    process.exit(1);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Builds the page, opens it in a fresh Chromium (1280×900) and waits for the page's global `ready` function, then
 * runs `measure` and always closes the browser and deletes the bundle. `pageErrors` collects uncaught errors (and
 * console errors unless `consoleErrors: false`) for the report.
 * @example await withBenchPage({ entry: 'bench/xPage.tsx', title: 'X', ready: 'mountX' }, async ({ page }) => {});
 */
export async function withBenchPage(
  { entry, title, ready, head, loader, consoleErrors = true, readyTimeout = 10_000 },
  measure,
) {
  const outdir = mkdtempSync(path.join(tmpdir(), 'ns-bench-'));
  let browser;
  try {
    const url = await buildPage({ entry, title, outdir, head, loader });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    if (consoleErrors)
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
    await page.goto(url);
    await page
      .waitForFunction((fn) => typeof window[fn] === 'function', ready, { timeout: readyTimeout })
      .catch((error) => {
        throw new Error(`The bench page did not start: ${pageErrors.join('\n') || error}`);
      });
    return await measure({ page, browser, pageErrors });
  } finally {
    await browser?.close();
    rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * Runs `run(library, false)` once per library as an untimed warm-up (JIT, style sheets), then `repetitions` rounds
 * of `run(library, true)`, swapping which library goes first every round, so neither always runs on a warmer page.
 * @example await alternate(5, ['northstar', 'reference'], async (lib, record) => { if (record) samples[lib].push(…) });
 */
export async function alternate(repetitions, [first, second], run) {
  await run(first, false);
  await run(second, false);
  for (let rep = 0; rep < repetitions; rep++) {
    const order = rep % 2 === 0 ? [first, second] : [second, first];
    for (const library of order) await run(library, true);
  }
}

/**
 * Lets the page go idle between runs (GC, a library's stray timers) so one run's leftovers do not bill the next.
 * @example await run(); await idle(page);
 */
export const idle = (page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));

/**
 * Waits two animation frames, so the frame that paints what a step rendered belongs to that step.
 * @example await page.keyboard.press('a'); await nextFrames(page);
 */
export const nextFrames = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/**
 * The median of a list of numbers (the mean of the middle two for an even count).
 * @example median([3, 1, 2]) // 2
 */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Bytes as kB with one decimal. @example kb(2048) // '2.0 kB' */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
/** Milliseconds with one decimal. @example ms(1.25) // '1.3 ms' */
export const ms = (x) => `${x.toFixed(1)} ms`;
/** A ratio cell: two decimals and ×. @example times(4.567) // '4.57×' */
export const times = (ratio) => `${ratio.toFixed(2)}×`;

/**
 * The bundle-size rows of a comparison table for two `bundleSize` results, in the order asked: JS min+gzip, JS min,
 * CSS min+gzip ('(none)' where the side ships no CSS).
 * @example printTable([header, ...timeRows, ...bundleRows(ours, theirs, ['gzip', 'css'])], log);
 */
export function bundleRows(northstar, reference, parts = ['gzip', 'min', 'css']) {
  const css = (side) => (side.css.gzip ? kb(side.css.gzip) : '(none)');
  const rows = {
    gzip: ['JS bundle min+gzip (no React)', kb(northstar.js.gzip), kb(reference.js.gzip), ''],
    min: ['JS bundle min (no React)', kb(northstar.js.min), kb(reference.js.min), ''],
    css: ['CSS min+gzip', css(northstar), css(reference), ''],
  };
  return parts.map((part) => rows[part]);
}

/**
 * Prints rows of cells as aligned columns (the first left-aligned, the rest right-aligned, three spaces apart).
 * @example printTable([['', 'ours', 'theirs', 'ratio'], ['mount', ms(1), ms(4), times(4)]], log);
 */
export function printTable(rows, log) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const row of rows)
    log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));
}
