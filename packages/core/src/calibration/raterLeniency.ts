import { fail, isFiniteNumber, readOptions, show } from '../internal/assert.js';
import type { Rating } from './calibration.types.js';
import type { Leaning, RaterLeniency, RaterLeniencyOptions } from './calibrationResult.types.js';
import { ratingStats } from './ratingStats.js';

/**
 * Finds lenient and severe raters: each rater's mean against the global mean, as a z statistic and an effect size.
 *
 * @example
 * raterLeniency(ratings, { threshold: 2.58 })[0];
 * // { raterId: 'mgr-4', count: 12, mean: 4.6, sd: 0.5, z: 3.1, effect: 0.9, leaning: 'lenient' }
 */
export function raterLeniency(
  ratings: readonly Rating[],
  options: RaterLeniencyOptions = {},
): RaterLeniency[] {
  options = readOptions(options, 'raterLeniency') as RaterLeniencyOptions;
  const minGroupSize = options.minGroupSize ?? 5;
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1) {
    fail('INVALID_OPTION', `option "minGroupSize" must be an integer ≥ 1, got ${show(minGroupSize)}`, {
      field: 'minGroupSize',
      value: minGroupSize,
    });
  }
  const threshold = options.threshold ?? 1.96;
  if (!isFiniteNumber(threshold) || threshold <= 0) {
    fail('INVALID_OPTION', `option "threshold" must be a finite number > 0, got ${show(threshold)}`, {
      field: 'threshold',
      value: threshold,
    });
  }

  const s = ratingStats(ratings);
  const g = s.globalScale;
  const rows: RaterLeniency[] = [];
  for (let k = 0; k < s.raterIds.length; k++) {
    const count = s.count[k]!;
    let z: number | null = null;
    let effect: number | null = null;
    let leaning: Leaning = 'insufficient-data';
    if (count >= minGroupSize) {
      if (s.globalSdScaled === 0) {
        // Every rating in the data is equal: nobody leans anywhere, though z is undefined.
        leaning = 'neutral';
      } else {
        // In the global scaled units so means near ±1e308 cannot overflow the difference, and from the lowest
        // scores so a large common offset cancels before rounding (lo/g − globalLo/g is exact for close values).
        const scale = s.scale[k]! / g;
        const diff =
          s.shiftScaled[k]! * scale -
          s.globalShiftScaled +
          (s.offsetScaled[k]! * scale - s.globalOffsetScaled);
        effect = diff / s.globalSdScaled;
        z = effect * Math.sqrt(count);
        leaning = z >= threshold ? 'lenient' : z <= -threshold ? 'severe' : 'neutral';
      }
    }
    rows.push({ raterId: s.raterIds[k]!, count, mean: s.mean[k]!, sd: s.sd[k]!, z, effect, leaning });
  }
  rows.sort(byZDescending);
  return rows;
}

/** z descending, null last, then raterId, so the order does not depend on input order. */
function byZDescending(a: RaterLeniency, b: RaterLeniency): number {
  if (a.z !== b.z) {
    if (a.z === null) return 1;
    if (b.z === null) return -1;
    return b.z - a.z;
  }
  return a.raterId < b.raterId ? -1 : a.raterId > b.raterId ? 1 : 0;
}
