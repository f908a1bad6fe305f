import type { Band } from '@northstar/core';
import type { CliCommand } from './cliCommand.types.js';
import { createStyle } from './createStyle.js';
import { EXIT_CODES } from './exitCodes.js';
import { fixed } from './formatNumber.js';
import { formatTableChunks } from './formatTable.js';
import { loadRatings } from './loadRatings.js';
import {
  parseChoiceFlag,
  parseFormat,
  parseIntegerFlag,
  parseNumberList,
  parsePositiveFlag,
  parseShareList,
} from './parseFlags.js';
import { parseScaleRange } from './parseScaleRange.js';
import { renderDistribution, renderRaterTable, summaryLine } from './renderCalibration.js';
import { type CalibrationCliOptions, runCalibration } from './runCalibration.js';
import { UsageError } from './UsageError.js';
import { writeCsv, writeJson } from './writeOutput.js';

const USAGE = 'northstar calibrate <ratings.csv|ratings.json|-> [options]';

const RATING_COLUMNS = [
  'id',
  'raterId',
  'subjectId',
  'score',
  'calibrated',
  'z',
  'flagged',
  'reason',
  'level',
  'calibratedLevel',
];

/**
 * Turns `--target` and `--levels` (or an even split of `--scale`) into level bands and target shares.
 *
 * @example
 * levelBands([['low', 20], ['mid', 70], ['high', 10]], [2.5, 3.5], undefined, 'calibrate');
 * // bands low (< 2.5), mid (2.5 – < 3.5), high (≥ 3.5)
 */
export function levelBands(
  target: [string, number][],
  levels: number[] | undefined,
  scale: { min: number; max: number } | undefined,
  command: string,
): { bands: Band[]; target: Record<string, number> } {
  const n = target.length;
  let bounds: number[];
  if (levels === undefined) {
    if (scale === undefined) {
      throw new UsageError(
        '--target needs --levels (the score where each level starts) or --scale to split evenly',
        command,
      );
    }
    bounds = target.map((_, i) => scale.min + (i * (scale.max - scale.min)) / n);
  } else if (levels.length === n) bounds = levels;
  else if (levels.length === n - 1) bounds = [scale?.min ?? -Number.MAX_VALUE, ...levels];
  else {
    throw new UsageError(
      `--levels needs ${n} numbers (where each of ${target.map(([l]) => l).join(', ')} starts) or the ${n - 1} cuts between them, got ${levels.length}`,
      command,
    );
  }
  const bands: Band[] = target.map(([label], i) => ({ id: label, label, from: bounds[i]! }));
  // Quote the numbers as typed: the implicit lowest bound (-Number.MAX_VALUE) means nothing to a reader.
  if (bounds.some((b, i) => !Number.isFinite(b) || (i > 0 && b <= bounds[i - 1]!)))
    throw new UsageError(`--levels must increase strictly, got ${(levels ?? bounds).join(', ')}`, command);
  if (!target.some(([, share]) => share > 0))
    throw new UsageError('--target needs at least one share above 0', command);
  return { bands, target: Object.fromEntries(target) };
}

/**
 * `northstar calibrate`: calibrates ratings per rater, flags lenient and severe raters, and checks the spread of
 * levels against a target distribution.
 *
 * @example
 * await runCli(['calibrate', 'ratings.csv', '--scale', '1-5', '--target', 'low:20,mid:70,high:10', '--levels', '0,2.5,3.5'], io);
 */
export const calibrateCommand: CliCommand = {
  name: 'calibrate',
  summary: 'Calibrate ratings across raters and flag lenient or severe raters',
  usage: USAGE,
  positionals: { min: 1, max: 1 },
  flags: {
    'min-group-size': { type: 'string' },
    method: { type: 'string' },
    scale: { type: 'string' },
    target: { type: 'string' },
    levels: { type: 'string' },
    'leniency-threshold': { type: 'string' },
    format: { type: 'string' },
  },
  help: `Usage: ${USAGE}

Calibrate ratings so lenient and harsh raters compare fairly: each rater's scores are moved onto
the global mean (and, with z-score, the global spread). Raters with fewer ratings than
--min-group-size are left as they are and flagged. Rater leniency compares each rater's mean with
everyone's (z = (mean − global mean) / (global sd / √n)).

Input columns (CSV): id,raterId,subjectId?,score,scale?
  (scale like 1-5; a score outside its scale is an error)
JSON input: an array of { id, raterId, subjectId?, score, scale? }.

Options:
  --method <m>                z-score (default) or mean-shift
  --min-group-size <n>        fewest ratings a rater needs to be calibrated (default 5)
  --scale <min-max>           clamp calibrated scores to this scale, e.g. 1-5 (default: the file's
                              "scale" column when every row has the same one)
  --target <label:share,…>    target distribution of levels, lowest first,
                              e.g. low:20,mid:70,high:10
  --levels <list>             score where each level starts, e.g. 0,2.5,3.5 (or the cuts between
                              levels, e.g. 2.5,3.5); default: --scale split evenly
  --leniency-threshold <z>    |z| from which a rater is lenient or severe (default 1.96)
  --format <f>                table (default), csv (one row per rating) or json
  -h, --help                  show this help

Output per rating: id, raterId, subjectId, score, calibrated, z, flagged, reason (small-group or
no-spread), level and calibratedLevel (with --target). JSON adds the rater table and the
distribution check (chi-square and p-value before and after calibration).

Examples:
  northstar calibrate ratings.csv
  northstar calibrate ratings.csv --scale 1-5 --target low:20,mid:70,high:10 --levels 1,2.5,3.5
  northstar calibrate ratings.csv --format csv > calibrated.csv`,
  async run(args, ctx) {
    const v = args.values;
    const cmd = 'calibrate';
    const format = parseFormat(v.format as string | undefined, cmd);
    const method = parseChoiceFlag(
      v.method as string | undefined,
      '--method',
      ['z-score', 'mean-shift'] as const,
      'z-score',
      cmd,
    );
    const minGroupSize =
      parseIntegerFlag(v['min-group-size'] as string | undefined, '--min-group-size', 2, cmd) ?? 5;
    const threshold = parsePositiveFlag(
      v['leniency-threshold'] as string | undefined,
      '--leniency-threshold',
      cmd,
    );
    let scale: { min: number; max: number } | undefined;
    if (v.scale !== undefined) {
      scale = parseScaleRange(v.scale as string);
      if (scale === undefined)
        throw new UsageError(`--scale must be min-max with min < max (like 1-5), got "${v.scale}"`, cmd);
    }
    const target = parseShareList(v.target as string | undefined, '--target', cmd);
    const levels = parseNumberList(v.levels as string | undefined, '--levels', cmd);
    if (levels !== undefined && target === undefined) throw new UsageError('--levels needs --target', cmd);
    // Check level flags before reading the file, so a typo is a usage error whatever the data.
    if (target !== undefined && (scale !== undefined || levels !== undefined))
      levelBands(target, levels, scale, cmd);

    const loaded = await loadRatings(args.positionals[0]!, ctx);
    const clamp = scale ?? loaded.commonScale;
    const options: CalibrationCliOptions = { method, minGroupSize };
    if (threshold !== undefined) options.threshold = threshold;
    if (clamp !== undefined) options.clamp = clamp;
    if (target !== undefined) options.levels = levelBands(target, levels, clamp, cmd);
    const run = runCalibration(loaded, options);
    const out = ctx.io.stdout;
    if (format === 'json') {
      writeJson(out, {
        options: { method, minGroupSize, clamp: clamp ?? null, threshold: threshold ?? 1.96 },
        summary: run.stats,
        ratings: run.ratings,
        raters: run.raters,
        distribution: run.distribution,
      });
      return EXIT_CODES.ok;
    }
    if (format === 'csv') {
      writeCsv(out, run.ratings, RATING_COLUMNS, { raw: ctx.raw === true });
      return EXIT_CODES.ok;
    }
    const style = createStyle(ctx.color);
    const table = { width: ctx.width, header: style.bold, rule: style.dim };
    out.write(`${style.bold('Calibrated ratings')}\n`);
    const ratingsTable = formatTableChunks(
      [
        { header: 'Id' },
        { header: 'Rater' },
        { header: 'Subject' },
        { header: 'Score', align: 'right' },
        { header: 'Calibrated', align: 'right' },
        { header: 'Change', align: 'right' },
        { header: 'z', align: 'right' },
        { header: 'Note' },
      ],
      run.ratings.map((r) => {
        const change = r.calibrated - r.score;
        return [
          r.id,
          r.raterId,
          r.subjectId ?? '',
          fixed(r.score),
          fixed(r.calibrated),
          `${change > 0.005 ? '+' : ''}${fixed(change)}`,
          fixed(r.z),
          r.reason === 'small-group'
            ? style.dim(`rater has < ${minGroupSize} ratings: unchanged`)
            : r.reason === 'no-spread'
              ? style.dim('rater gives one score to all')
              : '',
        ];
      }),
      table,
    );
    for (const chunk of ratingsTable) out.write(chunk);
    out.write(`\n${style.bold('Rater leniency')}\n`);
    out.write(renderRaterTable(run.raters, { width: ctx.width, style }));
    if (options.levels !== undefined) {
      out.write(`\n${style.bold('Distribution of levels')}\n`);
      out.write(renderDistribution(run, options.levels.bands, { width: ctx.width, style }));
    }
    const lenient = run.raters.filter((r) => r.leaning === 'lenient').length;
    const severe = run.raters.filter((r) => r.leaning === 'severe').length;
    const range = clamp === undefined ? '' : ` · clamped to ${clamp.min}–${clamp.max}`;
    out.write(
      `\n${summaryLine(run)}\n${style.dim(`${method}, min group ${minGroupSize}${range} · ${lenient} lenient, ${severe} severe`)}\n`,
    );
    return EXIT_CODES.ok;
  },
};
