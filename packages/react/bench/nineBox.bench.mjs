// 9-box benchmark in real Chromium, production build: in ONE page load, for N people, mounts a plain <ul> of the N
// names (the baseline) and a <NineBoxGrid> of the same N people (alternating which goes first, several repetitions),
// then times a keyboard move up to the reason dialog and applying the move. Prints medians and the mount ratio.
//
//   node bench/nineBox.bench.mjs            10,000 people × 5 repetitions
//   node bench/nineBox.bench.mjs --smoke    100 people × 1 repetition (used by the test suite; no timing checks)
//   add --json for one machine-readable JSON line on stdout
import { alternate, benchFlags, median, ms, withBenchPage } from './harness.mjs';

const { smoke, json, log } = benchFlags();
const count = smoke ? 100 : 10_000;
const repetitions = smoke ? 1 : 5;

const nineBoxPage = { entry: 'bench/nineBoxPage.tsx', title: '9-box benchmark', ready: 'mountGrid' };
await withBenchPage(nineBoxPage, async ({ page, pageErrors }) => {
  const list = [];
  const grid = [];
  const moves = [];
  // One warm-up of each, not counted (JIT, style sheets, font loading); the move is timed on counted grids only.
  await alternate(repetitions, ['mountList', 'mountGrid'], async (fn, record) => {
    const sample = await page.evaluate(([f, n]) => window[f](n), [fn, count]);
    if (record) {
      (fn === 'mountList' ? list : grid).push(sample);
      if (fn === 'mountGrid') moves.push(await page.evaluate(() => window.moveByKeyboard()));
    }
    await page.evaluate(() => window.unmount());
  });

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
});
