import type { CliCommand } from './cliCommand.types.js';
import { createStyle } from './createStyle.js';
import { EXIT_CODES } from './exitCodes.js';
import { loadGoals, ROLLUP_METHODS } from './loadGoals.js';
import { parseChoiceFlag, parseFormat, parseIntegerFlag } from './parseFlags.js';
import { goalTreeChunks } from './renderGoalTree.js';
import { type GoalRow, rollupGoals } from './rollupGoals.js';
import { writeCsv, writeJson } from './writeOutput.js';

const USAGE = 'northstar rollup <goals.csv|goals.json|-> [options]';

const GOAL_COLUMNS = [
  'id',
  'title',
  'level',
  'parentId',
  'depth',
  'value',
  'percent',
  'coverage',
  'leafCoverage',
  'band',
  'status',
];

/** The machine-readable shape of one goal (csv and json). */
function goalOutput(row: GoalRow) {
  return {
    id: row.id,
    title: row.title ?? null,
    level: row.level ?? null,
    parentId: row.parentId ?? null,
    depth: row.depth,
    value: row.value,
    percent: row.value === null ? null : Math.round(row.value * 1000) / 10,
    coverage: row.coverage,
    leafCoverage: row.leafCoverage,
    band: row.band?.id ?? null,
    status: row.band?.label ?? null,
  };
}

/**
 * `northstar rollup`: rolls goal progress up the alignment tree and prints it as an indented tree, CSV or JSON.
 *
 * @example
 * await runCli(['rollup', 'goals.csv', '--max-depth', '1'], io);
 */
export const rollupCommand: CliCommand = {
  name: 'rollup',
  summary: 'Roll goal and key-result progress up the alignment tree',
  usage: USAGE,
  positionals: { min: 1, max: 1 },
  flags: {
    method: { type: 'string' },
    missing: { type: 'string' },
    'max-depth': { type: 'string' },
    format: { type: 'string' },
  },
  help: `Usage: ${USAGE}

Roll goal progress up the alignment tree. Each key result's progress comes from its metric
(linear start → target, binary done, or range min..max) unless the row has an explicit "value";
every parent aggregates its children. Prints the goals depth-first from the company goals down.

Input columns (CSV; empty cells mean absent):
  id,title,level,parentId,parents,weight,method,value,
  kind,start,target,current,min,max,tolerance,done  (optional: cap, direction)
  parents is multi-parent alignment: g-0012:0.6|g-0040:0.4
JSON input: an array of { id, title?, parentId?, parents?: [{ id, weight }], weight?, method?,
  value?, metric?: { kind?, start, target, current, … } }.

Options:
  --method <m>       default aggregation: weighted-mean (default), mean, min, max, sum;
                     a goal's own "method" column wins
  --missing <p>      children without data: skip (default; renormalise over the rest) or zero
  --max-depth <n>    show goals at most n levels below a root
                     (default: 3 for table, all for csv and json)
  --format <f>       table (default), csv or json
  -h, --help         show this help

Output per goal: id, title, level, parentId (the parent it is listed under), depth,
value (0..1, null = no data), percent, coverage (share of child weight with data),
leafCoverage (share of the weight, followed down to the key results, on key results with
data), band (red, yellow, green: OKR grading from 0, 0.4, 0.7) and status. The table's
Coverage column shows the lower of the two coverages.

Examples:
  northstar rollup goals.csv
  northstar rollup goals.csv --max-depth 1 --missing zero
  northstar rollup goals.csv --format csv > rollup.csv`,
  async run(args, ctx) {
    const { values } = args;
    const format = parseFormat(values.format as string | undefined, 'rollup');
    const method = parseChoiceFlag(
      values.method as string | undefined,
      '--method',
      ROLLUP_METHODS,
      'weighted-mean',
      'rollup',
    );
    const missing = parseChoiceFlag(
      values.missing as string | undefined,
      '--missing',
      ['skip', 'zero'] as const,
      'skip',
      'rollup',
    );
    const maxDepth =
      parseIntegerFlag(values['max-depth'] as string | undefined, '--max-depth', 0, 'rollup') ??
      (format === 'table' ? 3 : Number.POSITIVE_INFINITY);
    const loaded = await loadGoals(args.positionals[0]!, ctx);
    const { tree, rows } = rollupGoals(loaded, { method, missing });
    const out = ctx.io.stdout;
    if (format === 'table') {
      const style = createStyle(ctx.color);
      for (const chunk of goalTreeChunks(rows, { maxDepth, width: ctx.width, style })) out.write(chunk);
      const hidden = rows.filter((r) => !r.repeat && r.depth > maxDepth).length;
      const noData = rows.filter((r) => !r.repeat && r.value === null).length;
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const parts = [
        plural(tree.size, 'goal'),
        plural(tree.roots().length, 'root'),
        `${noData} without data`,
      ];
      if (hidden > 0) parts.push(`${hidden} deeper goals hidden (use --max-depth)`);
      out.write(style.dim(`${parts.join(' · ')}\n`));
      return EXIT_CODES.ok;
    }
    // A generator, so CSV output of two million goals never builds a second array of two million rows.
    function* selected(): Generator<ReturnType<typeof goalOutput>> {
      for (const r of rows) if (!r.repeat && r.depth <= maxDepth) yield goalOutput(r);
    }
    if (format === 'json') writeJson(out, [...selected()]);
    else writeCsv(out, selected(), GOAL_COLUMNS, { raw: ctx.raw === true });
    return EXIT_CODES.ok;
  },
};
