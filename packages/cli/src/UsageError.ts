/**
 * A command-line usage mistake (unknown command or flag, missing argument, malformed flag value): exits with code 2
 * and a hint to run `--help`.
 *
 * @example
 * throw new UsageError('unknown format "xml" (use table, csv or json)', 'rollup');
 */
export class UsageError extends Error {
  /** The command whose `--help` the hint points to; undefined for the top level. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}
