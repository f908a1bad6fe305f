import type { CommandContext } from './cliIo.types.js';

/**
 * A flag a command accepts (the `node:util` parseArgs shape).
 *
 * @example
 * const f: CliFlag = { type: 'string' };
 */
export interface CliFlag {
  type: 'string' | 'boolean';
  short?: string;
}

/**
 * Parsed arguments handed to a command.
 *
 * @example
 * const a: CliArgs = { positionals: ['goals.csv'], values: { format: 'json' } };
 */
export interface CliArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/**
 * One `northstar` subcommand: its flags, help text and runner (returns the exit code).
 *
 * @example
 * const c: CliCommand = { name: 'rollup', summary: 'Roll goal progress up', usage: 'northstar rollup <goals.csv>', help: '…', flags: {}, positionals: { min: 1, max: 1 }, run: async () => 0 };
 */
export interface CliCommand {
  name: string;
  /** One line for `northstar --help`. */
  summary: string;
  /** The synopsis line. */
  usage: string;
  /** Full `--help` text. */
  help: string;
  flags: Readonly<Record<string, CliFlag>>;
  positionals: { min: number; max: number };
  run(args: CliArgs, ctx: CommandContext): Promise<number>;
}
