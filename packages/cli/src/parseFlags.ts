import { UsageError } from './UsageError.js';

/**
 * How a command prints its result: aligned text for people, CSV or JSON for machines.
 *
 * @example
 * const f: OutputFormat = 'json';
 */
export type OutputFormat = 'table' | 'csv' | 'json';

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function strictNumber(text: string): number | undefined {
  const t = text.trim();
  if (!DECIMAL.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Reads a flag that must be one of `choices` (undefined → `fallback`); anything else is a usage error.
 *
 * @example
 * parseChoiceFlag(values.format, '--format', ['table', 'csv', 'json'], 'table', 'rollup'); // 'table'
 */
export function parseChoiceFlag<T extends string>(
  value: string | undefined,
  flag: string,
  choices: readonly T[],
  fallback: T,
  command: string,
): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${choices.join(', ')}, got "${value}"`, command);
}

/**
 * Reads `--format table|csv|json` (default table).
 *
 * @example
 * parseFormat('csv', 'ninebox'); // 'csv'
 */
export function parseFormat(value: string | undefined, command: string): OutputFormat {
  return parseChoiceFlag(value, '--format', ['table', 'csv', 'json'] as const, 'table', command);
}

/**
 * Reads an integer flag at or above `min`.
 *
 * @example
 * parseIntegerFlag('3', '--max-depth', 0, 'rollup'); // 3
 */
export function parseIntegerFlag(
  value: string | undefined,
  flag: string,
  min: number,
  command: string,
): number | undefined {
  if (value === undefined) return undefined;
  const n = strictNumber(value);
  if (n === undefined || !Number.isInteger(n) || n < min) {
    throw new UsageError(`${flag} must be a whole number ≥ ${min}, got "${value}"`, command);
  }
  return n;
}

/**
 * Reads a positive number flag.
 *
 * @example
 * parsePositiveFlag('2.58', '--leniency-threshold', 'calibrate'); // 2.58
 */
export function parsePositiveFlag(
  value: string | undefined,
  flag: string,
  command: string,
): number | undefined {
  if (value === undefined) return undefined;
  const n = strictNumber(value);
  if (n === undefined || n <= 0)
    throw new UsageError(`${flag} must be a number > 0, got "${value}"`, command);
  return n;
}

/**
 * Reads a comma-separated list of numbers (`0.33,0.67`).
 *
 * @example
 * parseNumberList('0.4, 0.7', '--performance-cuts', 'ninebox'); // [0.4, 0.7]
 */
export function parseNumberList(
  value: string | undefined,
  flag: string,
  command: string,
): number[] | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') return [];
  return value.split(',').map((part) => {
    const n = strictNumber(part);
    if (n === undefined) {
      throw new UsageError(
        `${flag} must be numbers separated by commas (like 0.33,0.67), got "${value}"`,
        command,
      );
    }
    return n;
  });
}

/**
 * Reads `label:share` pairs separated by commas (`low:20,mid:70,high:10`), keeping their order; shares are
 * non-negative numbers (any total: they are normalised).
 *
 * @example
 * parseShareList('1:5,5:50,9:10', '--target', 'ninebox'); // [['1', 5], ['5', 50], ['9', 10]]
 */
export function parseShareList(
  value: string | undefined,
  flag: string,
  command: string,
): [string, number][] | undefined {
  if (value === undefined) return undefined;
  const seen = new Set<string>();
  return value.split(',').map((part): [string, number] => {
    const colon = part.lastIndexOf(':');
    const label = part.slice(0, Math.max(0, colon)).trim();
    const share = colon === -1 ? undefined : strictNumber(part.slice(colon + 1));
    if (label === '' || share === undefined || share < 0) {
      throw new UsageError(
        `${flag} must be label:share pairs separated by commas (like low:20,mid:70,high:10), got "${value}"`,
        command,
      );
    }
    if (seen.has(label)) throw new UsageError(`${flag} names "${label}" twice`, command);
    seen.add(label);
    return [label, share];
  });
}
