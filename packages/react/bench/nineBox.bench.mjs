// 9-box benchmark in real Chromium, production build: in ONE page load, for N people, mounts a plain <ul> of the N
// names (the baseline) and a <NineBoxGrid> of the same N people (alternating which goes first, several repetitions),
// then times a keyboard move up to the reason dialog and applying the move. Prints medians and the mount ratio.
//
//   node bench/nineBox.bench.mjs            10,000 people × 5 repetitions
//   node bench/nineBox.bench.mjs --smoke    100 people × 1 repetition (used by the test suite; no timing checks)
//   add --json for one machine-readable JSON line on stdout
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const smoke = args.has('--smoke');
const json = args.has('--json');
const count = smoke ? 100 : 10_000;
const repetitions = smoke ? 1 : 5;
const log = json ? () => {} : (line = '') => process.stdout.write(`${line}\n`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: run `node ../../scripts/ensure-chromium.mjs` or set CHROMIUM_PATH.');
  process.exit(1);
}

const outdir = mkdtempSync(path.join(tmpdir(), 'ns-nine-box-bench-'));
let browser;
try {
  await build({
    entryPoints: [path.join(packageDir, 'bench/nineBoxPage.tsx')],
    bundle: true,
    minify: true,
    // a classic script: Chromium refuses module scripts from file:// URLs
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.json': 'json' },
    outdir,
    entryNames: 'page',
    logLevel: 'warning',
  });
  writeFileSync(
    path.join(outdir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>9-box benchmark</title>' +
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
  await page.waitForFunction(() => typeof window.mountGrid === 'function', null, { timeout: 10_000 });

  const list = [];
  const grid = [];
  const moves = [];
  // One warm-up of each, not counted (JIT, style sheets, font loading).
  for (const warm of ['mountList', 'mountGrid']) {
    await page.evaluate(([fn, n]) => window[fn](n), [warm, count]);
    await page.evaluate(() => window.unmount());
  }
  for (let rep = 0; rep < repetitions; rep++) {
    const order = rep % 2 === 0 ? ['mountList', 'mountGrid'] : ['mountGrid', 'mountList'];
    for (const fn of order) {
      const sample = await page.evaluate(([f, n]) => window[f](n), [fn, count]);
      (fn === 'mountList' ? list : grid).push(sample);
      if (fn === 'mountGrid') moves.push(await page.evaluate(() => window.moveByKeyboard()));
      await page.evaluate(() => window.unmount());
    }
  }

  const listMs = median(list.map((s) => s.renderAndLayoutMs));
  const gridMs = median(grid.map((s) => s.renderAndLayoutMs));
  const toDialogMs = median(moves.map((m) => m.toDialogMs));
  const applyMs = median(moves.map((m) => m.applyMs));
  const report = {
    count,
    repetitions,
    list: { mountMs: listMs, names: list[0]?.names ?? 0 },
    grid: { mountMs: gridMs, cards: grid[0]?.names ?? 0 },
    mountRatio: gridMs / listMs,
    move: {
      toDialogMs,
      applyMs,
      moved: moves.every((m) => m.moved),
      onMoveCalls: moves.map((m) => m.onMoveCalls),
    },
    pageErrors,
  };
  log(
    `9-box benchmark: ${count.toLocaleString('en-US')} people, ${repetitions} repetitions, production build, Chromium`,
  );
  log(`  plain <ul> of ${count.toLocaleString('en-US')} names (baseline)  mount ${ms(listMs)}`);
  log(
    `  <NineBoxGrid>                              mount ${ms(gridMs)}  → ratio ${report.mountRatio.toFixed(2)}× the list (goal ≤ 2×)`,
  );
  log(`  keyboard move to the reason dialog         ${ms(toDialogMs)}  (goal < 16 ms)`);
  log(`  applying the move (submit → re-placed)     ${ms(applyMs)}  (goal < 16 ms)`);
  if (pageErrors.length > 0) log(`  page errors: ${pageErrors.join('; ')}`);
  if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
} finally {
  await browser?.close();
  rmSync(outdir, { recursive: true, force: true });
}
