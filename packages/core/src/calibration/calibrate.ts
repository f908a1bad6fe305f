import { fail, isFiniteNumber, readOptions, show } from '../internal/assert.js';
import type { Rating } from './calibration.types.js';
import type { CalibratedRating, CalibrateOptions, CalibrationMethod } from './calibrationResult.types.js';
import { ratingStats, saturate } from './ratingStats.js';

const METHODS: readonly CalibrationMethod[] = ['z-score', 'mean-shift'];

/**
 * Moves each rater's scores onto the global mean (and, for `z-score`, spread) so lenient and harsh raters compare fairly.
 *
 * @example
 * calibrate([
 *   { id: 'a1', raterId: 'ann', score: 5 }, { id: 'a2', raterId: 'ann', score: 4 },
 *   { id: 'b1', raterId: 'bob', score: 2 }, { id: 'b2', raterId: 'bob', score: 1 },
 * ], { minGroupSize: 2 });
 * // global mean 3, sd √2.5 ≈ 1.58: ann's 5 and bob's 2 both become ≈ 4.58, ann's 4 and bob's 1 ≈ 1.42
 */
export function calibrate(ratings: readonly Rating[], options: CalibrateOptions = {}): CalibratedRating[] {
  options = readOptions(options, 'calibrate') as CalibrateOptions;
  const method = options.method ?? 'z-score';
  if (!METHODS.includes(method)) {
    fail('INVALID_OPTION', `option "method" must be 'z-score' or 'mean-shift', got ${show(method)}`, {
      field: 'method',
      value: method,
    });
  }
  const minGroupSize = options.minGroupSize ?? 5;
  if (!Number.isInteger(minGroupSize) || minGroupSize < 2) {
    fail('INVALID_OPTION', `option "minGroupSize" must be an integer ≥ 2, got ${show(minGroupSize)}`, {
      field: 'minGroupSize',
      value: minGroupSize,
    });
  }
  const clamp = options.clamp;
  if (
    clamp !== undefined &&
    !(isFiniteNumber(clamp?.min) && isFiniteNumber(clamp.max) && clamp.min <= clamp.max)
  ) {
    fail('INVALID_OPTION', `option "clamp" must be { min, max } with finite min ≤ max, got ${show(clamp)}`, {
      field: 'clamp',
      value: clamp,
    });
  }

  const s = ratingStats(ratings);
  const zScore = method === 'z-score';
  const out = new Array<CalibratedRating>(s.n);
  for (let i = 0; i < s.n; i++) {
    const rating = ratings[i]!;
    const k = s.raterOf[i]!;
    const score = s.scores[i]!;
    let calibrated: number;
    let z: number | null;
    let reason: CalibratedRating['reason'];
    if (s.count[k]! < minGroupSize) {
      calibrated = score;
      z = null;
      reason = 'small-group';
    } else if (s.sdScaled[k] === 0) {
      // Every score from this rater is the same, so each sits at the rater's mean, which maps to M.
      calibrated = s.globalMean;
      z = 0;
      if (zScore) reason = 'no-spread';
    } else {
      // Scaled units keep huge scores from overflowing (dividing by a power of two is exact), and the deviation is
      // taken from the rater's lowest score so a large common offset (1e9 + x) cancels before any rounding.
      const scale = s.scale[k]!;
      const d = score / scale - s.shiftScaled[k]! - s.offsetScaled[k]!;
      z = d / s.sdScaled[k]!;
      if (zScore) {
        calibrated = saturate(s.globalMean + s.globalSd * z);
      } else {
        const g = Math.max(scale, s.globalScale);
        calibrated = saturate((d * (scale / g) + s.globalMean / g) * g);
      }
    }
    if (clamp !== undefined) calibrated = Math.min(clamp.max, Math.max(clamp.min, calibrated));
    const row: CalibratedRating = {
      id: rating.id,
      raterId: rating.raterId,
      score,
      calibrated,
      z,
      flagged: reason !== undefined,
    };
    if (reason !== undefined) row.reason = reason;
    out[i] = row;
  }
  return out;
}
