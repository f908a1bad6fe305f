// Gauge benchmark in real Chromium: mounts N <KpiGauge> and N react-gauge-component gauges with the same values in
// the same page load (alternating order, several repetitions), then prints the ratio of mount times and both
// gauges' own bundle sizes (min+gzip, React excluded).
//
//   node bench/gauges.bench.mjs            200 gauges × 7 repetitions
//   node bench/gauges.bench.mjs --smoke    10 gauges × 2 repetitions (used by the test suite; no timing checks)
//   add --json for one machine-readable JSON line on stdout
import {
  alternate,
  benchFlags,
  bundleRows,
  bundleSize,
  idle,
  kb,
  median,
  ms,
  nextFrames,
  printTable,
  times,
  withBenchPage,
} from './harness.mjs';

const { smoke, json, log } = benchFlags();
const count = smoke ? 10 : 200;
const repetitions = smoke ? 2 : 7;

const [northstarSize, referenceSize] = await Promise.all([
  // The controlled gauge as a host gets it (KpiGaugeView: what the page renders, value from props), with the
  // @northstar/core code and the catalogues it uses. KpiGauge adds connected mode and so TanStack Query.
  bundleSize(
    "export { KpiGaugeView } from './src/kpi-gauge/KpiGaugeView.js'; import './src/kpi-gauge/kpiGauge.css';",
  ),
  bundleSize("export { default } from 'react-gauge-component';"),
]);

const gaugesPage = {
  entry: 'bench/gaugesPage.tsx',
  title: 'Gauge benchmark',
  head: '<style>.bench-grid{display:flex;flex-wrap:wrap;gap:4px}</style>',
  ready: 'mountGauges',
};
await withBenchPage(gaugesPage, async ({ page, browser, pageErrors }) => {
  // Main-thread time (script, style, layout, paint recording) from Chromium's own counters, so work a library
  // defers past flushSync (react-gauge-component draws after a ResizeObserver, a timeout and a frame) still counts.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ??
    Number.NaN;

  const samples = { northstar: [], reference: [] };
  const mount = async (library, record) => {
    const before = await taskSeconds();
    const sample = await page.evaluate(([lib, n]) => window.mountGauges(lib, n), [library, count]);
    await nextFrames(page); // the frame that paints the drawn gauges belongs to the mount
    const mainThreadMs = ((await taskSeconds()) - before) * 1000;
    await page.evaluate(() => window.unmountGauges());
    await idle(page);
    if (record) samples[library].push({ ...sample, mainThreadMs });
  };
  await alternate(repetitions, ['northstar', 'reference'], mount);
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
  const row = (label, key, ratio) => [label, ms(northstar[key]), ms(reference[key]), times(ratio)];
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
    ...bundleRows(northstarSize, referenceSize),
  ];
  printTable(rows, log);
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
});
