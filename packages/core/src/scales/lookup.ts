import { fail, isFiniteNumber, readOptions, show } from '../internal/assert.js';

/**
 * One row of an achievement → rating table: at `at` (and above, in step mode) the result is `value`.
 *
 * @example
 * const row: LookupRow = { at: 0.9, value: 4 };
 */
export interface LookupRow {
  at: number;
  value: number;
}

/**
 * How `lookup` reads between rows.
 *
 * @example
 * lookup(0.85, table, { interpolate: 'linear' } satisfies LookupOptions);
 */
export interface LookupOptions {
  /** `step` (default): the row with the greatest `at` ≤ value; `linear`: interpolate between neighbouring rows. */
  interpolate?: 'step' | 'linear';
}

/**
 * Reads a value through an achievement → rating table; below the first row gives the first value, above the last the last.
 *
 * @example
 * const table = [{ at: 0, value: 1 }, { at: 0.7, value: 3 }, { at: 1, value: 5 }];
 * lookup(0.85, table); // 3
 * lookup(0.85, table, { interpolate: 'linear' }); // 4
 */
export function lookup(
  value: number | null | undefined,
  table: readonly LookupRow[],
  rawOptions: LookupOptions = {},
): number | null {
  const options = readOptions(rawOptions, 'lookup');
  const mode = options.interpolate ?? 'step';
  if (mode !== 'step' && mode !== 'linear') {
    fail('INVALID_OPTION', `lookup option "interpolate" must be "step" or "linear", got ${show(mode)}`, {
      field: 'interpolate',
      value: mode,
    });
  }
  if (!Array.isArray(table) || table.length === 0) {
    fail('EMPTY_INPUT', 'lookup table must have at least one row', { field: 'table' });
  }
  for (let i = 0; i < table.length; i++) {
    const row = table[i]!;
    if (!isFiniteNumber(row?.at) || !isFiniteNumber(row?.value)) {
      fail('INVALID_VALUE', `lookup table row ${i} needs finite "at" and "value", got ${show(row)}`, {
        field: `table[${i}]`,
        value: row,
      });
    }
    if (i > 0 && !Number.isFinite(row.at - table[i - 1]!.at)) {
      fail('INVALID_VALUE', `lookup table rows ${i - 1} and ${i} are too far apart to interpolate between`, {
        field: `table[${i}].at`,
        value: row.at,
      });
    }
    if (i > 0 && row.at <= table[i - 1]!.at) {
      fail(
        'INVALID_VALUE',
        `lookup table rows must have strictly increasing "at": row ${i} (${row.at}) follows ${table[i - 1]!.at}`,
        { field: `table[${i}].at`, value: row.at },
      );
    }
  }
  if (value === null || value === undefined) return null;
  if (!isFiniteNumber(value))
    fail('INVALID_VALUE', `lookup value must be a finite number, got ${show(value)}`, {
      field: 'value',
      value,
    });
  const first = table[0]!;
  const last = table[table.length - 1]!;
  if (value <= first.at) return first.value;
  if (value >= last.at) return last.value;
  // Binary search for the last row with at <= value.
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (table[mid]!.at <= value) lo = mid;
    else hi = mid - 1;
  }
  const row = table[lo]!;
  if (mode === 'step') return row.value;
  const next = table[lo + 1]!;
  // Interpolating as a weighted average keeps every intermediate finite.
  const t = (value - row.at) / (next.at - row.at);
  return row.value * (1 - t) + next.value * t;
}
