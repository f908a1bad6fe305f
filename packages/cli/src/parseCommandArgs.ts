import { parseArgs } from 'node:util';
import type { CliArgs, CliCommand } from './cliCommand.types.js';
import { UsageError } from './UsageError.js';

/**
 * Flags every command accepts: how to read input files and whether CSV output is written raw.
 *
 * @example
 * INPUT_FLAGS.delimiter; // { type: 'string' }
 */
export const INPUT_FLAGS = {
  delimiter: { type: 'string' },
  decimal: { type: 'string' },
  encoding: { type: 'string' },
  raw: { type: 'boolean' },
} as const;

/** Turns parseArgs' messages ("Unknown option '--x'. To specify a positional…") into one short line. */
function shorten(message: string): string {
  const first = (message.split(/\.\s/)[0] ?? message).replace(/\.$/, '');
  const dash = /use '(--[\w-]+)=-XYZ'/.exec(message);
  return dash === null ? first : `${first}: for a value starting with "-", write ${dash[1]}=<value>`;
}

/**
 * Parses a command's arguments strictly with `node:util` parseArgs (plus `--help`/`-h`); unknown flags, missing
 * flag values and a wrong number of positionals are usage errors.
 *
 * @example
 * parseCommandArgs(rollupCommand, ['goals.csv', '--format', 'json']).values.format; // 'json'
 */
export function parseCommandArgs(command: CliCommand, argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...INPUT_FLAGS, ...command.flags, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(shorten((error as Error).message), command.name);
  }
  const values = parsed.values as CliArgs['values'];
  if (values.help === true) return { positionals: parsed.positionals, values };
  const { min, max } = command.positionals;
  const n = parsed.positionals.length;
  if (n < min) throw new UsageError(`missing argument: ${command.usage}`, command.name);
  if (n > max) {
    throw new UsageError(`unexpected argument "${parsed.positionals[max]}": ${command.usage}`, command.name);
  }
  return { positionals: parsed.positionals, values };
}
