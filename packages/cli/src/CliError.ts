import { isNorthstarError, type NorthstarErrorCode, type NorthstarErrorDetails } from '@northstar/core';

/**
 * Codes a CLI error carries: core's codes for data the library rejected, plus `INVALID_INPUT` for a file the CLI
 * could not read or parse (a CLI-only failure, so it is not in core's public catalogue).
 *
 * @example
 * const code: CliErrorCode = 'INVALID_INPUT';
 */
export type CliErrorCode = NorthstarErrorCode | 'INVALID_INPUT';

/**
 * An input error located in a file (`details.file`, `line`, `column`, `field`), printed as `file:line:column`.
 *
 * @example
 * throw new CliError('INVALID_INPUT', 'file not found', { file: 'goals.csv' });
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly code: CliErrorCode;
  readonly details: NorthstarErrorDetails;

  constructor(code: CliErrorCode, message: string, details: NorthstarErrorDetails = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/**
 * Whether an error is an expected input error (from the CLI or from core) rather than a bug.
 *
 * @example
 * if (isInputError(error)) stderr.write(formatCliError(error.message, error.details));
 */
export function isInputError(
  error: unknown,
): error is CliError | (Error & { code: string; details: NorthstarErrorDetails }) {
  return error instanceof CliError || isNorthstarError(error);
}
