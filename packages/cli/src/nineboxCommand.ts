import type { CliCommand } from './cliCommand.types.js';
import { createStyle } from './createStyle.js';
import { EXIT_CODES } from './exitCodes.js';
import { fixed } from './formatNumber.js';
import { formatTableChunks } from './formatTable.js';
import { loadTalent } from './loadTalent.js';
import { naturalCompare } from './naturalCompare.js';
import { parseFormat, parseNumberList, parseShareList } from './parseFlags.js';
import { checkNineBoxOptions, type NineBoxCliOptions, placeTalent } from './placeTalent.js';
import { renderNineBoxGrid } from './renderNineBoxGrid.js';
import { UsageError } from './UsageError.js';
import { writeCsv, writeJson } from './writeOutput.js';

const USAGE = 'northstar ninebox <talent.csv|talent.json|-> [options]';

const PERSON_COLUMNS = [
  'id',
  'name',
  'department',
  'performance',
  'potential',
  'performanceLevel',
  'potentialLevel',
  'box',
  'label',
];

/**
 * Reads `--performance-cuts`, `--potential-cuts` and `--target` (box:share pairs) into grid options.
 *
 * @example
 * readNineBoxFlags({ target: '1:5,5:50,9:10' }, 'ninebox').target; // { 1: 5, 5: 50, 9: 10 }
 */
export function readNineBoxFlags(
  values: Record<string, string | boolean | undefined>,
  command: string,
): NineBoxCliOptions {
  const options: NineBoxCliOptions = {};
  const performanceCuts = parseNumberList(
    values['performance-cuts'] as string | undefined,
    '--performance-cuts',
    command,
  );
  const potentialCuts = parseNumberList(
    values['potential-cuts'] as string | undefined,
    '--potential-cuts',
    command,
  );
  if (performanceCuts !== undefined) options.performanceCuts = performanceCuts;
  if (potentialCuts !== undefined) options.potentialCuts = potentialCuts;
  const target = parseShareList(values.target as string | undefined, '--target', command);
  if (target !== undefined) {
    options.target = {};
    for (const [box, share] of target) {
      if (!/^[1-9]\d*$/.test(box))
        throw new UsageError(`--target keys must be box numbers (like 1:5,5:50,9:10), got "${box}"`, command);
      options.target[Number(box)] = share;
    }
  }
  checkNineBoxOptions(options, command);
  return options;
}

/**
 * `northstar ninebox`: places people on the performance × potential grid and prints the grid, CSV or JSON.
 *
 * @example
 * await runCli(['ninebox', 'talent.csv', '--target', '1:5,5:50,9:10'], io);
 */
export const nineboxCommand: CliCommand = {
  name: 'ninebox',
  summary: 'Place people on the 9-box talent grid (performance × potential)',
  usage: USAGE,
  positionals: { min: 1, max: 1 },
  flags: {
    'performance-cuts': { type: 'string' },
    'potential-cuts': { type: 'string' },
    target: { type: 'string' },
    format: { type: 'string' },
  },
  help: `Usage: ${USAGE}

Place people on the talent grid. Scores must already be normalised to [0, 1] (rescale 1–5
ratings first); a score exactly on a cut goes to the higher level; people with an empty
performance or potential are listed as not placed.

Input columns (CSV): id,name?,department?,performance,potential
JSON input: an array of { id, name?, department?, performance, potential }.

Options:
  --performance-cuts <list>  column cut-offs, e.g. 0.4,0.7 (default 1/3, 2/3: three columns)
  --potential-cuts <list>    row cut-offs (default the same); other grid sizes follow from the cuts
  --target <box:share,…>     target distribution, e.g. "1:5,2:10,3:10,4:10,5:30,6:15,7:5,8:10,9:5"
                             (any total: shares are normalised); adds target share, deviation
                             and a chi-square test
  --format <f>               table (default), csv or json
  -h, --help                 show this help

Boxes are numbered from low/low: box = potentialLevel × columns + performanceLevel + 1
(3×3: 1 Talent risk … 5 Core player … 9 Star).
Table: the grid (potential high → low, performance low → high) with counts and shares, then
every person. CSV: one row per person. JSON: { people, grid, targetCheck }.

Examples:
  northstar ninebox talent.csv
  northstar ninebox talent.csv --performance-cuts 0.4,0.7 --potential-cuts 0.4,0.7
  northstar ninebox talent.csv --format csv > placements.csv`,
  async run(args, ctx) {
    const format = parseFormat(args.values.format as string | undefined, 'ninebox');
    const options = readNineBoxFlags(args.values, 'ninebox');
    const grid = placeTalent(await loadTalent(args.positionals[0]!, ctx), options);
    const out = ctx.io.stdout;
    if (format === 'json') {
      writeJson(out, {
        people: grid.people,
        grid: grid.summary,
        targetCheck: grid.targetCheck,
      });
      return EXIT_CODES.ok;
    }
    if (format === 'csv') {
      writeCsv(out, grid.people, PERSON_COLUMNS, { raw: ctx.raw === true });
      return EXIT_CODES.ok;
    }
    const style = createStyle(ctx.color);
    out.write(renderNineBoxGrid(grid.summary, grid.targetCheck, { width: ctx.width, style }));
    const people = [...grid.people].sort(
      (a, b) => (b.box ?? 0) - (a.box ?? 0) || naturalCompare(a.name ?? a.id, b.name ?? b.id),
    );
    out.write(`\n${style.bold('People')} ${style.dim('(by box, highest first)')}\n`);
    const peopleTable = formatTableChunks(
      [
        { header: 'Id' },
        { header: 'Name', flex: true, minWidth: 10 },
        { header: 'Department', flex: true, minWidth: 8 },
        { header: 'Perf.', align: 'right' },
        { header: 'Pot.', align: 'right' },
        { header: 'Box', align: 'right' },
        { header: 'Label', flex: true },
      ],
      people.map((p) => [
        p.id,
        p.name ?? '',
        p.department ?? '',
        fixed(p.performance, 3),
        fixed(p.potential, 3),
        p.box === null ? '—' : String(p.box),
        p.label ?? (p.box === null ? style.dim('not placed') : ''),
      ]),
      { width: ctx.width, header: style.bold, rule: style.dim },
    );
    for (const chunk of peopleTable) out.write(chunk);
    return EXIT_CODES.ok;
  },
};
