import type { NorthstarErrorDetails } from '@northstar/core';

/**
 * The `file:line:column (column "name")` prefix of an input error, from whichever of those details are known.
 *
 * @example
 * errorLocation({ file: 'goals.csv', line: 14, column: 9, field: 'weight' }); // 'goals.csv:14:9 (column "weight")'
 */
export function errorLocation(details: NorthstarErrorDetails): string | undefined {
  const { file, line, column, field } = details;
  if (typeof file !== 'string') return undefined;
  if (typeof line !== 'number') return file;
  if (typeof column !== 'number') return `${file}:${line}`;
  return typeof field === 'string'
    ? `${file}:${line}:${column} (column "${field}")`
    : `${file}:${line}:${column}`;
}

/**
 * One line describing an input error: its location (when known) then its message.
 *
 * @example
 * formatCliError('weight must be a finite number ≥ 0, got "-2"', { file: 'goals.csv', line: 14, column: 9, field: 'weight' });
 * // 'goals.csv:14:9 (column "weight"): weight must be a finite number ≥ 0, got "-2"'
 */
export function formatCliError(message: string, details: NorthstarErrorDetails): string {
  const where = errorLocation(details);
  return where === undefined ? message : `${where}: ${message}`;
}
