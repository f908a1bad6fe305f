/**
 * The part of a writable stream the CLI uses; `process.stdout` fits, and so does a string collector in tests.
 *
 * @example
 * let text = ''; const out: CliWritable = { write: (s) => { text += s; return true; } };
 */
export interface CliWritable {
  write(chunk: string): unknown;
  /** True for a terminal: enables colour (stdout) and progress bars (stderr). */
  isTTY?: boolean;
  /** Terminal width in characters, when known. */
  columns?: number;
}

/**
 * Streams and environment for `runCli`, so tests can run commands in-process.
 *
 * @example
 * await runCli(['rollup', 'goals.csv'], { stdout: process.stdout, stderr: process.stderr, cwd: '/data' });
 */
export interface CliIo {
  stdout: CliWritable;
  stderr: CliWritable;
  /** Read when an input path is `-`. */
  stdin?: AsyncIterable<string | Uint8Array>;
  /** Directory relative paths resolve against; defaults to `process.cwd()`. */
  cwd?: string;
  /** Environment (NO_COLOR, NORTHSTAR_DEBUG); defaults to `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * What every command receives: the io, plus resolved settings shared by all commands.
 *
 * @example
 * const ctx: CommandContext = { io, cwd: '/data', color: false, width: 100, env: {} };
 */
export interface CommandContext {
  io: CliIo;
  cwd: string;
  /** Whether stdout may carry ANSI colours (a TTY with NO_COLOR unset). */
  color: boolean;
  /** Width to lay tables out in. */
  width: number;
  env: Readonly<Record<string, string | undefined>>;
  /** How to read input files (`--delimiter`, `--decimal`, `--encoding`); guessed from each file when absent. */
  input?: InputOptions;
  /** `--raw`: write CSV cells as they are, without neutralising spreadsheet formulas. */
  raw?: boolean;
}

/**
 * Input reading options shared by every command.
 *
 * @example
 * const o: InputOptions = { delimiter: ';', decimal: ',', encoding: 'cp1252' };
 */
export interface InputOptions {
  delimiter?: string;
  decimal?: '.' | ',';
  encoding?: string;
}
