// Feedback form benchmark in real Chromium (production React build): a 60-question template mounted as
// <FeedbackForm> and as SurveyJS (survey-core + survey-react-ui) in the same page load, alternating order; then the
// time from a keystroke in a text answer to the next frame, for both. Prints the ratios and both bundle sizes.
//
//   node bench/feedback.bench.mjs           7 repetitions, 20 keystrokes
//   node bench/feedback.bench.mjs --smoke   1 repetition, 3 keystrokes (the test suite; no timing checks)
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
const repetitions = smoke ? 1 : 7;
const keystrokes = smoke ? 3 : 20;
const log = json ? () => {} : (line = '') => process.stdout.write(`${line}\n`);
const production = { 'process.env.NODE_ENV': '"production"' };

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
  const size = (ext) =>
    result.outputFiles
      .filter((f) => f.path.endsWith(ext))
      .reduce(
        (sum, f) => ({
          min: sum.min + f.contents.length,
          gzip: sum.gzip + gzipSync(f.contents, { level: 9 }).length,
        }),
        {
          min: 0,
          gzip: 0,
        },
      );
  return { js: size('.js'), css: size('.css') };
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

const [northstarSize, surveySize] = await Promise.all([
  // The form as a host gets it: the widget plus the @northstar/core and react-hook-form code it uses.
  bundleSize(
    "export { FeedbackForm } from './src/feedback-form/FeedbackForm.js'; import './src/feedback-form/feedbackForm.css';",
  ),
  bundleSize(
    "export { Model } from 'survey-core'; export { Survey } from 'survey-react-ui'; import 'survey-core/survey-core.min.css';",
  ),
]);

const outdir = mkdtempSync(path.join(tmpdir(), 'ns-feedback-bench-'));
let browser;
try {
  await build({
    entryPoints: [path.join(packageDir, 'bench/feedbackPage.tsx')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: production,
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
    outdir,
    entryNames: 'page',
    logLevel: 'warning',
  });
  writeFileSync(
    path.join(outdir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Feedback benchmark</title>' +
      '<link rel="stylesheet" href="page.css"></head><body><script src="page.js"></script></body></html>',
  );
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(pathToFileURL(path.join(outdir, 'index.html')).href);
  await page.waitForFunction(() => typeof window.mountForm === 'function', null, { timeout: 10_000 });

  const samples = { northstar: [], surveyjs: [] };
  const keys = { northstar: [], surveyjs: [] };
  const run = async (library, record) => {
    const sample = await page.evaluate((lib) => window.mountForm(lib), library);
    if (record) {
      samples[library].push(sample);
      // keydown → the next animation frame (where the typed character is painted), per keystroke.
      await page.evaluate(() => {
        window.keyLatencies = [];
        document.addEventListener(
          'keydown',
          () => {
            const start = performance.now();
            requestAnimationFrame(() => window.keyLatencies.push(performance.now() - start));
          },
          { capture: true },
        );
      });
      await page.locator('textarea').first().click();
      for (let k = 0; k < keystrokes; k++) {
        await page.keyboard.press('a');
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      }
      keys[library].push(...(await page.evaluate(() => window.keyLatencies)));
    }
    await page.evaluate(() => window.unmountForm());
    // A fresh listener per run; reload-free, so both libraries share one page load.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  };
  await run('northstar', false);
  await run('surveyjs', false);
  for (let rep = 0; rep < repetitions; rep++) {
    const order = rep % 2 === 0 ? ['northstar', 'surveyjs'] : ['surveyjs', 'northstar'];
    for (const library of order) await run(library, true);
  }
  const summary = (library) => ({
    renderMs: median(samples[library].map((s) => s.renderMs)),
    paintedMs: median(samples[library].map((s) => s.paintedMs)),
    keystrokeToFrameMs: median(keys[library]),
    fields: Math.min(...samples[library].map((s) => s.fields)),
  });
  const northstar = summary('northstar');
  const surveyjs = summary('surveyjs');
  const report = {
    questions: 60,
    repetitions,
    react: await page.evaluate(() => window.benchReactVersion),
    browser: browser.version(),
    northstar: { ...northstar, bundle: northstarSize },
    surveyjs: { ...surveyjs, bundle: surveySize, name: 'survey-core@3.0.0 + survey-react-ui@3.0.0' },
    // SurveyJS time ÷ <FeedbackForm> time: > 1 means <FeedbackForm> is faster.
    ratio: {
      mount: surveyjs.paintedMs / northstar.paintedMs,
      render: surveyjs.renderMs / northstar.renderMs,
      keystroke: surveyjs.keystrokeToFrameMs / northstar.keystrokeToFrameMs,
    },
    pageErrors,
  };
  log(
    `Feedback form benchmark — 60 questions × ${repetitions} repetitions, alternating order, one page load`,
  );
  log(`Chromium ${report.browser}, React ${report.react} (production build), medians\n`);
  const rows = [
    ['', '<FeedbackForm>', 'SurveyJS', 'ratio (sjs ÷ ns)'],
    [
      'mount: flushSync(root.render)',
      ms(northstar.renderMs),
      ms(surveyjs.renderMs),
      `${report.ratio.render.toFixed(2)}×`,
    ],
    [
      'mount until painted (2 frames)',
      ms(northstar.paintedMs),
      ms(surveyjs.paintedMs),
      `${report.ratio.mount.toFixed(2)}×`,
    ],
    [
      'keystroke → next frame',
      ms(northstar.keystrokeToFrameMs),
      ms(surveyjs.keystrokeToFrameMs),
      `${report.ratio.keystroke.toFixed(2)}×`,
    ],
    ['JS bundle min+gzip (no React)', kb(northstarSize.js.gzip), kb(surveySize.js.gzip), ''],
    ['CSS min+gzip', kb(northstarSize.css.gzip), kb(surveySize.css.gzip), ''],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const row of rows)
    log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   '));
  log('\nratio > 1: <FeedbackForm> is that many times faster.');
  if (pageErrors.length) log(`\nPage errors:\n${pageErrors.join('\n')}`);
  if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
  if (northstar.fields === 0 || surveyjs.fields === 0 || pageErrors.length) process.exitCode = 1;
} finally {
  await browser?.close();
  rmSync(outdir, { recursive: true, force: true });
}
