/**
 * Process exit codes of the `northstar` CLI: 0 success, 1 bad input (missing file, parse error, NorthstarError),
 * 2 usage (unknown command or flag, missing or malformed argument).
 *
 * @example
 * if (code === EXIT_CODES.usage) console.error('see northstar --help');
 */
export const EXIT_CODES = Object.freeze({ ok: 0, input: 1, usage: 2 } as const);

/**
 * One of the CLI's exit codes.
 *
 * @example
 * const code: ExitCode = EXIT_CODES.ok;
 */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
