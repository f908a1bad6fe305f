// Feedback form benchmark in real Chromium (production React build): a 60-question template mounted as
// <FeedbackForm> and as SurveyJS (survey-core + survey-react-ui) in the same page load, alternating order; then the
// time from a keystroke in a text answer to the next frame, for both. Prints the ratios and both bundle sizes.
//
//   node bench/feedback.bench.mjs           7 repetitions, 20 keystrokes
//   node bench/feedback.bench.mjs --smoke   1 repetition, 3 keystrokes (the test suite; no timing checks)
//   add --json for one machine-readable JSON line on stdout
import {
  alternate,
  benchFlags,
  bundleRows,
  bundleSize,
  idle,
  median,
  ms,
  nextFrames,
  printTable,
  times,
  withBenchPage,
} from './harness.mjs';

const { smoke, json, log } = benchFlags();
const repetitions = smoke ? 1 : 7;
const keystrokes = smoke ? 3 : 20;

const [northstarSize, surveySize] = await Promise.all([
  // The form as a host gets it: the widget plus the @northstar/core and react-hook-form code it uses.
  bundleSize(
    "export { FeedbackForm } from './src/feedback-form/FeedbackForm.js'; import './src/feedback-form/feedbackForm.css';",
  ),
  bundleSize(
    "export { Model } from 'survey-core'; export { Survey } from 'survey-react-ui'; import 'survey-core/survey-core.min.css';",
  ),
]);

const feedbackPage = {
  entry: 'bench/feedbackPage.tsx',
  title: 'Feedback benchmark',
  // SurveyJS's stylesheet inlines its fonts and icons
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
  ready: 'mountForm',
  // SurveyJS's theme fetches its web font from a font CDN; offline that logs a console error, not a page failure
  consoleErrors: false,
};
await withBenchPage(feedbackPage, async ({ page, browser, pageErrors }) => {
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
        await nextFrames(page);
      }
      keys[library].push(...(await page.evaluate(() => window.keyLatencies)));
    }
    await page.evaluate(() => window.unmountForm());
    // A fresh listener per run; reload-free, so both libraries share one page load.
    await idle(page);
  };
  await alternate(repetitions, ['northstar', 'surveyjs'], run);
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
      times(report.ratio.render),
    ],
    [
      'mount until painted (2 frames)',
      ms(northstar.paintedMs),
      ms(surveyjs.paintedMs),
      times(report.ratio.mount),
    ],
    [
      'keystroke → next frame',
      ms(northstar.keystrokeToFrameMs),
      ms(surveyjs.keystrokeToFrameMs),
      times(report.ratio.keystroke),
    ],
    ...bundleRows(northstarSize, surveySize, ['gzip', 'css']),
  ];
  printTable(rows, log);
  log('\nratio > 1: <FeedbackForm> is that many times faster.');
  if (pageErrors.length) log(`\nPage errors:\n${pageErrors.join('\n')}`);
  if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
  if (northstar.fields === 0 || surveyjs.fields === 0 || pageErrors.length) process.exitCode = 1;
});
