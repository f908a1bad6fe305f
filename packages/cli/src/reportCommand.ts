import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { CliError, isInputError } from './CliError.js';
import type { CliCommand } from './cliCommand.types.js';
import { createStyle } from './createStyle.js';
import { EXIT_CODES } from './exitCodes.js';
import { formatCliError } from './formatCliError.js';
import { loadPeople } from './loadPeople.js';
import { findCycle, newestDate } from './reportHeading.js';
import {
  calibrationSection,
  feedbackSection,
  goalSection,
  type SectionContext,
  talentSection,
} from './reportSections.js';
import { UsageError } from './UsageError.js';
import { wrapText } from './wrapText.js';

const USAGE = 'northstar report <directory> [--members] [--cycle <name>] [--as-of <date>]';

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The first of `names` present in the directory (as a path to print), or undefined. */
async function pick(dir: string, cwd: string, names: readonly string[]): Promise<string | undefined> {
  for (const name of names) if (await isFile(resolve(cwd, dir, name))) return join(dir, name);
  return undefined;
}

/**
 * `northstar report`: one readable report over a directory of exports (goal rollup, 9-box grid, calibration summary,
 * feedback coverage); missing files are skipped with a note, and a section with bad input shows its error while the
 * others still print (exit code 1).
 *
 * @example
 * await runCli(['report', 'examples/sample-org'], io);
 */
export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Print a combined report for a directory of exports',
  usage: USAGE,
  positionals: { min: 1, max: 1 },
  flags: {
    members: { type: 'boolean' },
    cycle: { type: 'string' },
    'as-of': { type: 'string' },
  },
  help: `Usage: ${USAGE}

Print one readable report over a directory of HR exports:
  goals.csv (or goals.json)             goal rollup: the top two levels and how key results stand
  talent.csv (or talent.json)           the 9-box grid with counts and shares
  ratings.csv (or ratings.json)         calibration: spread before and after, lenient and
                                        severe raters, raters with too few ratings
  feedback-responses.json (or .csv)     360 coverage: subjects, responses per group,
  + feedback-template.json              missing self reviews, groups withheld for anonymity
  people.csv (or people.json)           names printed beside person ids
Missing files are skipped with a note. Colour is used only when stdout is a terminal and
NO_COLOR is unset. For details run the single commands (northstar rollup --help, …).

Options:
  --members        list the people in each 9-box box
  --cycle <name>   the review cycle named in the heading (default: from a JSON export's
                   "cycles", the one containing the as-of date)
  --as-of <date>   the date the data is as of, YYYY-MM-DD (default: the newest input file's date)
  -h, --help       show this help

Example:
  northstar report examples/sample-org`,
  async run(args, ctx) {
    const dir = args.positionals[0]!;
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(resolve(ctx.cwd, dir));
    } catch {
      throw new CliError('INVALID_INPUT', 'directory not found', { file: dir });
    }
    if (!info.isDirectory()) throw new UsageError(`"${dir}" is not a directory: ${USAGE}`, 'report');
    const style = createStyle(ctx.color);
    const cwd = ctx.cwd;
    const asOfFlag = args.values['as-of'] as string | undefined;
    if (asOfFlag !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOfFlag))
      throw new UsageError(`--as-of must be a date written YYYY-MM-DD, got "${asOfFlag}"`, 'report');
    const inputs = ['goals.csv', 'goals.json', 'talent.csv', 'talent.json', 'ratings.csv', 'ratings.json']
      .concat(['feedback-responses.json', 'feedback-responses.csv', 'feedback-template.json', 'people.csv'])
      .map((name) => resolve(cwd, dir, name));
    const asOf = asOfFlag ?? (await newestDate(inputs));
    const cycleFlag = args.values.cycle as string | undefined;
    const cycle = cycleFlag ?? (await findCycle(resolve(cwd, dir), asOf ?? ''))?.name;
    const peoplePath = await pick(dir, cwd, ['people.csv', 'people.json']);
    const out = ctx.io.stdout;
    let people: Map<string, string> | undefined;
    if (peoplePath !== undefined) {
      try {
        people = await loadPeople(peoplePath, ctx);
      } catch (error) {
        if (!isInputError(error)) throw error;
        ctx.io.stderr.write(
          `error: ${formatCliError(error.message, error.details)} (ids shown without names)\n`,
        );
      }
    }
    const s: SectionContext = {
      ctx,
      style,
      width: ctx.width,
      ...(people === undefined ? {} : { people }),
      members: args.values.members === true,
    };
    // "." would print as "in .." at the end of a sentence: name the directory itself instead.
    const shownDir = dir === '.' || dir === './' ? basename(resolve(ctx.cwd, dir)) || dir : dir;
    const title = wrapText(`Northstar report · ${shownDir}`, ctx.width);
    const facts = [
      cycle === undefined ? undefined : `Cycle ${cycle}`,
      asOf === undefined ? undefined : `as of ${asOf}`,
      people === undefined ? undefined : `${people.size} people named from ${basename(peoplePath!)}`,
    ].filter((f) => f !== undefined);
    out.write(
      `${style.bold(title)}\n${facts.length > 0 ? `${facts.join(' · ')}\n` : ''}${style.dim('═'.repeat(Math.min(ctx.width, Math.max(title.length, 60))))}\n`,
    );
    let failed = false;
    const section = async (
      n: number,
      heading: string,
      files: (string | undefined)[],
      wanted: string,
      render: (...paths: string[]) => Promise<string>,
    ): Promise<void> => {
      const found = files.filter((f): f is string => f !== undefined);
      // basename, not slicing off `dir`: path.join normalises './x' to 'x', which shifted the slice.
      const source = found.map((f) => basename(f)).join(' + ');
      out.write(`\n${style.bold(`${n}. ${heading}`)}${found.length > 0 ? style.dim(`  ${source}`) : ''}\n\n`);
      if (found.length < files.length) {
        out.write(style.dim(`Skipped: no ${wanted} in ${shownDir}.\n`));
        return;
      }
      try {
        out.write(await render(...found));
      } catch (error) {
        if (!isInputError(error)) throw error;
        failed = true;
        out.write(
          `${wrapText(`${style.red('error:')} ${formatCliError(error.message, error.details)}`, ctx.width, 2)}\n`,
        );
        ctx.io.stderr.write(`error: ${formatCliError(error.message, error.details)}\n`);
      }
    };
    await section(1, 'Goals', [await pick(dir, cwd, ['goals.csv', 'goals.json'])], 'goals.csv', (p) =>
      goalSection(p, s),
    );
    await section(
      2,
      'Talent grid',
      [await pick(dir, cwd, ['talent.csv', 'talent.json'])],
      'talent.csv',
      (p) => talentSection(p, s),
    );
    await section(
      3,
      'Calibration',
      [await pick(dir, cwd, ['ratings.csv', 'ratings.json'])],
      'ratings.csv',
      (p) => calibrationSection(p, s),
    );
    await section(
      4,
      '360 feedback',
      [
        await pick(dir, cwd, ['feedback-responses.json', 'feedback-responses.csv']),
        await pick(dir, cwd, ['feedback-template.json']),
      ],
      'feedback-responses.json (or .csv) with feedback-template.json',
      (responses, template) => feedbackSection(responses!, template!, s),
    );
    return failed ? EXIT_CODES.input : EXIT_CODES.ok;
  },
};
