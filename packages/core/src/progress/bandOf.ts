import { fail, isFiniteNumber, show } from '../internal/assert.js';
import type { Band } from './band.types.js';

/** Throws INVALID_BANDS unless bands are non-empty with finite, strictly increasing `from`. */
export function assertBands(bands: readonly Band[]): void {
  if (!Array.isArray(bands) || bands.length === 0) {
    fail('INVALID_BANDS', 'bands must be a non-empty array', { field: 'bands', value: bands });
  }
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i];
    if (typeof band !== 'object' || band === null || !isFiniteNumber(band.from)) {
      fail('INVALID_BANDS', `bands[${i}] needs a finite "from", got ${show(band)}`, {
        field: `bands[${i}].from`,
        value: band,
      });
    }
    if (i > 0 && band.from <= bands[i - 1]!.from) {
      fail(
        'INVALID_BANDS',
        `bands must be sorted by strictly increasing "from": bands[${i}] (${show(band.id)}, from ${band.from}) follows from ${bands[i - 1]!.from}`,
        { id: band.id, field: `bands[${i}].from`, value: band.from },
      );
    }
  }
}

/**
 * The band with the greatest `from` ≤ value (a value exactly on a threshold belongs to the higher band); below the
 * first band's `from` it is the first band; `null` for a null value.
 *
 * @example
 * bandOf(0.7, OKR_BANDS).id; // 'green'
 * bandOf(0.69, OKR_BANDS).id; // 'yellow'
 */
export function bandOf<B extends Band>(value: number | null | undefined, bands: readonly B[]): B | null {
  assertBands(bands);
  if (value === null || value === undefined) return null;
  if (!isFiniteNumber(value))
    fail('INVALID_VALUE', `bandOf value must be a finite number, got ${show(value)}`, {
      field: 'value',
      value,
    });
  let lo = 0;
  let hi = bands.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bands[mid]!.from <= value) lo = mid;
    else hi = mid - 1;
  }
  return bands[lo]!;
}
