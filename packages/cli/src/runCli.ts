import { version } from '../package.json';
import { isInputError } from './CliError.js';
import { calibrateCommand } from './calibrateCommand.js';
import type { CliCommand } from './cliCommand.types.js';
import type { CliIo, CommandContext } from './cliIo.types.js';
import { INPUT_ENCODINGS } from './decodeInput.js';
import { CSV_DELIMITERS } from './detectDelimiter.js';
import { EXIT_CODES } from './exitCodes.js';
import { feedbackCommand } from './feedbackCommand.js';
import { formatCliError } from './formatCliError.js';
import { CliErrorList, SHOWN_ERRORS } from './InputErrors.js';
import { nineboxCommand } from './nineboxCommand.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { reportCommand } from './reportCommand.js';
import { rollupCommand } from './rollupCommand.js';
import { UsageError } from './UsageError.js';

/**
 * Every `northstar` subcommand, in the order `northstar --help` lists them.
 *
 * @example
 * CLI_COMMANDS.map((c) => c.name); // ['rollup', 'ninebox', 'calibrate', 'feedback', 'report']
 */
export const CLI_COMMANDS: readonly CliCommand[] = [
  rollupCommand,
  nineboxCommand,
  calibrateCommand,
  feedbackCommand,
  reportCommand,
];

/** Spellings people reach for, mapped to the command. */
const ALIASES: Readonly<Record<string, string>> = { 'nine-box': 'ninebox', calibration: 'calibrate' };

function mainHelp(): string {
  const width = Math.max(...CLI_COMMANDS.map((c) => c.name.length));
  const list = CLI_COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `northstar ${version}: performance-management reports from CSV and JSON exports

Usage: northstar <command> [options]

Commands:
${list}

Options:
  -h, --help     show help (also: northstar <command> --help)
  -v, --version  show the version

Every command reads .csv or .json files (use - to read CSV from stdin) and prints a table for
people; --format csv or json prints data for machines. Every bad row is reported as
file:line:column (the first ${SHOWN_ERRORS} in line order, then a count).
Exit codes: 0 ok, 1 bad input, 2 usage error.

Input options (every command):
  --delimiter <,|;|tab>   cell delimiter (default: detected from the header line)
  --decimal <.|,>         decimal mark of numbers (default: "," in semicolon files, else ".")
  --encoding <name>       utf-8, utf-16le, utf-16be or cp1252 (default: from the byte-order
                          mark, else UTF-8 when valid, else cp1252 as Excel writes "CSV")
  --raw                   CSV output: write cells as they are (by default a cell a
                          spreadsheet would run as a formula, like =HYPERLINK(…), gets a ' prefix)
`;
}

function usageHint(command: string | undefined): string {
  return `Run "northstar${command === undefined ? '' : ` ${command}`} --help" for usage.`;
}

function reportError(error: unknown, ctx: CommandContext): number {
  const { stderr } = ctx.io;
  if (error instanceof UsageError) {
    stderr.write(`error: ${error.message}\n${usageHint(error.command)}\n`);
    return EXIT_CODES.usage;
  }
  if (error instanceof CliErrorList) {
    const { errors } = error;
    for (const e of errors.slice(0, SHOWN_ERRORS))
      stderr.write(`error: ${formatCliError(e.message, e.details)}\n`);
    const more = errors.length - SHOWN_ERRORS;
    stderr.write(
      more > 0
        ? `… and ${more} more error${more === 1 ? '' : 's'} (${errors.length} in all)\n`
        : `${errors.length} errors\n`,
    );
    return EXIT_CODES.input;
  }
  if (isInputError(error)) {
    stderr.write(`error: ${formatCliError(error.message, error.details)}\n`);
    if (ctx.env.NORTHSTAR_DEBUG === '1') stderr.write(`[${error.code}] ${error.stack ?? ''}\n`);
    return EXIT_CODES.input;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`error: ${message}\n`);
  if (ctx.env.NORTHSTAR_DEBUG === '1' && error instanceof Error && error.stack)
    stderr.write(`${error.stack}\n`);
  else stderr.write('(set NORTHSTAR_DEBUG=1 for details)\n');
  return EXIT_CODES.input;
}

/** Validates the input flags every command shares and puts them on the context. */
function readInputFlags(values: Record<string, unknown>, ctx: CommandContext, command: string): void {
  const { delimiter, decimal, encoding, raw } = values;
  const input: NonNullable<CommandContext['input']> = {};
  if (typeof delimiter === 'string') {
    const d = CSV_DELIMITERS[delimiter.toLowerCase()];
    if (d === undefined)
      throw new UsageError(`--delimiter must be ",", ";", "tab" or "|", got "${delimiter}"`, command);
    input.delimiter = d;
  }
  if (typeof decimal === 'string') {
    if (decimal !== '.' && decimal !== ',')
      throw new UsageError(`--decimal must be "." or ",", got "${decimal}"`, command);
    input.decimal = decimal;
  }
  if (typeof encoding === 'string') {
    if (INPUT_ENCODINGS[encoding.toLowerCase()] === undefined) {
      throw new UsageError(
        `--encoding must be one of utf-8, utf-16le, utf-16be, cp1252, latin1, got "${encoding}"`,
        command,
      );
    }
    input.encoding = encoding;
  }
  ctx.input = input;
  ctx.raw = raw === true;
}

function findCommand(name: string): CliCommand | undefined {
  const resolved = ALIASES[name] ?? name;
  return CLI_COMMANDS.find((c) => c.name === resolved);
}

/**
 * Runs the `northstar` CLI in-process on `argv` (without the node and script paths) and resolves to the exit code:
 * 0 ok, 1 bad input, 2 usage. Never throws for expected errors and never calls `process.exit`.
 *
 * @example
 * let out = '';
 * const code = await runCli(['rollup', 'goals.csv', '--format', 'json'], {
 *   stdout: { write: (s) => (out += s) }, stderr: process.stderr, cwd: '/data',
 * });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  const columns = io.stdout.isTTY === true && typeof io.stdout.columns === 'number' ? io.stdout.columns : 0;
  const ctx: CommandContext = {
    io,
    cwd: io.cwd ?? process.cwd(),
    env,
    color: io.stdout.isTTY === true && env.NO_COLOR === undefined,
    width: columns > 0 ? columns : 100,
  };
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr.write(mainHelp());
      return EXIT_CODES.usage;
    }
    if (first === '--help' || first === '-h') {
      io.stdout.write(mainHelp());
      return EXIT_CODES.ok;
    }
    if (first === '--version' || first === '-v' || first === '-V') {
      io.stdout.write(`${version}\n`);
      return EXIT_CODES.ok;
    }
    if (first === 'help') {
      const topic = rest[0] === undefined ? undefined : findCommand(rest[0]);
      if (rest[0] !== undefined && topic === undefined) throw new UsageError(`unknown command "${rest[0]}"`);
      io.stdout.write(topic === undefined ? mainHelp() : `${topic.help}\n`);
      return EXIT_CODES.ok;
    }
    const command = findCommand(first);
    if (command === undefined) {
      const names = CLI_COMMANDS.map((c) => c.name).join(', ');
      throw new UsageError(
        first.startsWith('-')
          ? `unknown option "${first}"`
          : `unknown command "${first}" (commands: ${names})`,
      );
    }
    const args = parseCommandArgs(command, rest);
    if (args.values.help === true) {
      io.stdout.write(`${command.help}\n`);
      return EXIT_CODES.ok;
    }
    readInputFlags(args.values, ctx, command.name);
    return await command.run(args, ctx);
  } catch (error) {
    return reportError(error, ctx);
  }
}
