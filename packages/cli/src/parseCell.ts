import type { CliErrorCode } from './CliError.js';
import { CliError } from './CliError.js';
import { show } from './show.js';

/**
 * Where a CSV cell sits: file, 1-based line (header = 1), 1-based column number and the column's name.
 *
 * @example
 * const ref: CellRef = { file: 'goals.csv', line: 14, column: 9, name: 'weight' };
 */
export interface CellRef {
  file: string;
  line: number;
  column: number;
  name: string;
}

// Plain decimals only: no thousands separators, no hex, no "NaN"/"Infinity", no decimal comma.
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A strict plain decimal (`1.5`, `-2`, `1e3`), or undefined for anything else, including NaN, Infinity and overflow.
 *
 * @example
 * parseDecimal('0.25'); // 0.25
 * parseDecimal('1,5'); // undefined
 */
export function parseDecimal(text: string): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Throws a NorthstarError carrying the cell's file, line, column and column name, for `formatCliError` to print.
 *
 * @example
 * cellError('INVALID_INPUT', ref, 'weight must be a number, got "abc"', 'abc');
 */
export function cellError(code: CliErrorCode, ref: CellRef, message: string, value: unknown): never {
  throw new CliError(code, message, {
    file: ref.file,
    line: ref.line,
    column: ref.column,
    field: ref.name,
    value,
  });
}

/**
 * A cell's trimmed text, or undefined when empty (empty means "absent" in every Northstar CSV).
 *
 * @example
 * textCell('  g-1 '); // 'g-1'
 * textCell(''); // undefined
 */
export function textCell(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim();
  return text.length === 0 ? undefined : text;
}

// Decimal comma (Excel in de/fr/nl…): digits with at most one comma; a "." is refused rather than guessed, since
// "1.234" means 1234 in those locales.
const DECIMAL_COMMA = /^[+-]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A strict decimal written with a decimal comma (`1,5`, `-2`, `0,25`), or undefined for anything else.
 *
 * @example
 * parseDecimalComma('0,25'); // 0.25
 * parseDecimalComma('1.234'); // undefined
 */
export function parseDecimalComma(text: string): number | undefined {
  if (!DECIMAL_COMMA.test(text)) return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Parses a plain decimal strictly: empty → undefined; "abc", "1,5", "NaN", "Infinity" or an overflow → an
 * `INVALID_INPUT` error naming the cell.
 *
 * @example
 * numberCell('0.25', ref); // 0.25
 * numberCell('1,5', ref); // throws: goals.csv:14:9 (column "weight"): weight must be a number …, got "1,5"
 */
export function numberCell(
  raw: string | undefined,
  ref: CellRef,
  decimal: '.' | ',' = '.',
): number | undefined {
  const text = textCell(raw);
  if (text === undefined) return undefined;
  const value = decimal === ',' ? parseDecimalComma(text) : parseDecimal(text);
  if (value === undefined) {
    cellError(
      'INVALID_INPUT',
      ref,
      decimal === ','
        ? `${ref.name} must be a finite number written with digits and a decimal comma (like 1,5; this file uses decimal commas, --decimal . changes that), got ${show(raw)}`
        : `${ref.name} must be a finite number written with digits and "." (like 1.5), got ${show(raw)}`,
      raw,
    );
  }
  return value;
}

/**
 * Parses `true` / `false` (any case); empty → undefined; anything else is an `INVALID_INPUT` error naming the cell.
 *
 * @example
 * booleanCell('TRUE', ref); // true
 */
export function booleanCell(raw: string | undefined, ref: CellRef): boolean | undefined {
  const text = textCell(raw);
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return cellError('INVALID_INPUT', ref, `${ref.name} must be true or false, got ${show(raw)}`, raw);
}

/**
 * Reads one of a fixed set of words; empty → undefined; anything else is an `INVALID_INPUT` error listing the choices.
 *
 * @example
 * choiceCell('min', ref, ['weighted-mean', 'mean', 'min', 'max', 'sum']); // 'min'
 */
export function choiceCell<T extends string>(
  raw: string | undefined,
  ref: CellRef,
  choices: readonly T[],
): T | undefined {
  const text = textCell(raw);
  if (text === undefined) return undefined;
  if ((choices as readonly string[]).includes(text)) return text as T;
  return cellError(
    'INVALID_INPUT',
    ref,
    `${ref.name} must be one of ${choices.join(', ')}, got ${show(raw)}`,
    raw,
  );
}
