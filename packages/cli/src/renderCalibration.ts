import type { Band } from '@northstar/core';
import type { RaterLeniency } from '@northstar/core/calibration';
import type { Style } from './createStyle.js';
import { fixed, percent, points } from './formatNumber.js';
import { formatTable } from './formatTable.js';
import { describeCheck } from './renderNineBoxGrid.js';
import type { CalibrationRun } from './runCalibration.js';

/**
 * A rater's leaning, coloured: lenient yellow, severe red.
 *
 * @example
 * leaningText('lenient', createStyle(false)); // 'lenient'
 */
export function leaningText(leaning: RaterLeniency['leaning'], style: Style): string {
  if (leaning === 'lenient') return style.yellow('lenient');
  if (leaning === 'severe') return style.red('severe');
  if (leaning === 'insufficient-data') return style.dim('too few ratings');
  return 'neutral';
}

/**
 * The rater leniency table: count, mean, sd, z, effect size and leaning, one row per rater.
 *
 * @example
 * process.stdout.write(renderRaterTable(run.raters, { width: 100, style }));
 */
export function renderRaterTable(
  raters: readonly RaterLeniency[],
  options: { width: number; style: Style },
): string {
  return formatTable(
    [
      { header: 'Rater' },
      { header: 'Ratings', align: 'right' },
      { header: 'Mean', align: 'right' },
      { header: 'SD', align: 'right' },
      { header: 'z', align: 'right' },
      { header: 'Effect', align: 'right' },
      { header: 'Leaning' },
    ],
    raters.map((r) => [
      r.raterId,
      String(r.count),
      fixed(r.mean),
      fixed(r.sd),
      fixed(r.z),
      fixed(r.effect),
      leaningText(r.leaning, options.style),
    ]),
    { width: options.width, header: options.style.bold, rule: options.style.dim },
  );
}

/**
 * One line summing up a calibration run: counts, mean and spread before and after.
 *
 * @example
 * summaryLine(run); // '299 ratings from 54 raters · mean 3.35, sd 0.70 → calibrated mean 3.35, sd 0.64'
 */
export function summaryLine(run: CalibrationRun): string {
  const s = run.stats;
  return `${s.count} ratings from ${s.raters} raters · mean ${fixed(s.mean)}, sd ${fixed(s.sd)} → calibrated mean ${fixed(s.calibratedMean)}, sd ${fixed(s.calibratedSd)}`;
}

/**
 * The distribution check table: per level its score range, target share and the observed count, share and
 * deviation before and after calibration, then the chi-square verdicts.
 *
 * @example
 * process.stdout.write(renderDistribution(run, bands, { width: 100, style }));
 */
export function renderDistribution(
  run: CalibrationRun,
  bands: readonly Band[],
  options: { width: number; style: Style },
): string {
  const d = run.distribution;
  if (d === null) return '';
  const rows = d.before.deviation.map((b, j) => {
    const a = d.after.deviation[j]!;
    const from = bands[j]!.from;
    const next = bands[j + 1]?.from;
    // Scores below the first bound still count in the first level, as with bandOf.
    const range =
      j === 0
        ? next === undefined
          ? 'all'
          : `< ${next}`
        : next === undefined
          ? `≥ ${from}`
          : `${from} – < ${next}`;
    return [
      b.label,
      range,
      percent(b.targetShare, 1),
      String(b.count),
      percent(b.share, 1),
      points(b.deviation),
      String(a.count),
      percent(a.share, 1),
      points(a.deviation),
    ];
  });
  const table = formatTable(
    [
      { header: 'Level' },
      { header: 'Scores' },
      { header: 'Target', align: 'right' },
      { header: 'Before', align: 'right' },
      { header: 'Share', align: 'right' },
      { header: 'vs target', align: 'right' },
      { header: 'After', align: 'right' },
      { header: 'Share', align: 'right' },
      { header: 'vs target', align: 'right' },
    ],
    rows,
    { width: options.width, header: options.style.bold, rule: options.style.dim },
  );
  return `${table}Before calibration: ${describeCheck(d.before, options.style)}\nAfter calibration:  ${describeCheck(d.after, options.style)}\n`;
}
