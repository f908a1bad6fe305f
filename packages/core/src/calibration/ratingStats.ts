import { fail, requireFinite, requireId, show } from '../internal/assert.js';
import type { Rating } from './calibration.types.js';
import { duplicateId, firstDuplicate } from './firstDuplicate.js';

/**
 * Validated ratings grouped by rater into dense typed arrays, shared by `calibrate` and `raterLeniency`.
 *
 * Per-rater figures are also kept in "scaled" units (divided by a power of two near the rater's largest
 * |score|) so callers can combine them without overflow even for scores near ±1e308.
 *
 * @internal
 * @example
 * const s = ratingStats(ratings); s.mean[s.raterOf[0]!]; // mean of the first rating's rater
 */
export interface RatingStats {
  /** Number of ratings. */
  n: number;
  /** Rater ids by dense index, in order of first appearance. */
  raterIds: string[];
  /** Dense rater index of each rating, in input order. */
  raterOf: Int32Array;
  /** Scores in input order. */
  scores: Float64Array;
  count: Float64Array;
  /** Power of two each rater's scaled figures are expressed in. */
  scale: Float64Array;
  /** mean / scale, exact. */
  meanScaled: Float64Array;
  /** The rater's lowest score / scale: deviations are taken from it so a large common offset cancels exactly. */
  shiftScaled: Float64Array;
  /** (mean − lowest score) / scale, rounded once at the size of the spread rather than of the offset. */
  offsetScaled: Float64Array;
  /** sd / scale; exactly 0 when all the rater's scores are equal. */
  sdScaled: Float64Array;
  mean: Float64Array;
  /** Population standard deviation per rater. */
  sd: Float64Array;
  globalScale: number;
  globalMeanScaled: number;
  /** Lowest score overall / globalScale. */
  globalShiftScaled: number;
  /** (global mean − lowest score) / globalScale. */
  globalOffsetScaled: number;
  globalSdScaled: number;
  globalMean: number;
  /** Population standard deviation over all ratings; exactly 0 when all scores are equal. */
  globalSd: number;
}

/**
 * Validates ratings and computes per-rater and global mean and population sd in O(n) with typed arrays.
 *
 * Uses the corrected two-pass algorithm on shifted, power-of-two-scaled values: accurate for large offsets,
 * exact for equal scores (min = max, so float noise never invents spread), and free of overflow.
 *
 * @internal
 * @example
 * const { globalMean, globalSd } = ratingStats([{ id: 'a', raterId: 'm', score: 3 }]); // 3, 0
 */
export function ratingStats(ratings: readonly Rating[]): RatingStats {
  if (!Array.isArray(ratings)) {
    fail('INVALID_VALUE', `ratings must be an array, got ${show(ratings)}`, { value: ratings });
  }
  const n = ratings.length;
  if (n === 0) fail('EMPTY_INPUT', 'ratings is empty: calibration needs at least one rating');

  const raterIndex = new Map<string, number>();
  const raterIds: string[] = [];
  const ids = new Array<string>(n);
  const raterOf = new Int32Array(n);
  const scores = new Float64Array(n);

  for (let i = 0; i < n; i++) {
    const r = ratings[i];
    if (r === null || typeof r !== 'object') {
      fail('INVALID_VALUE', `rating at index ${i} must be an object, got ${show(r)}`, { index: i, value: r });
    }
    const id = requireId(r.id, 'rating', i);
    const raterId = r.raterId;
    if (typeof raterId !== 'string' || raterId.length === 0) {
      fail(
        'INVALID_ID',
        `rating ${show(id)} at index ${i} needs a non-empty string "raterId", got ${show(raterId)}`,
        { id, field: 'raterId', value: raterId, index: i },
      );
    }
    ids[i] = id;
    scores[i] = requireFinite(r.score, 'INVALID_VALUE', 'rating', id, 'score');
    let k = raterIndex.get(raterId);
    if (k === undefined) {
      k = raterIds.length;
      raterIndex.set(raterId, k);
      raterIds.push(raterId);
    }
    raterOf[i] = k;
  }
  const dup = firstDuplicate(ids);
  if (dup >= 0) duplicateId('rating', ids, dup);

  const R = raterIds.length;
  const count = new Float64Array(R);
  const lo = new Float64Array(R).fill(Number.POSITIVE_INFINITY);
  const hi = new Float64Array(R).fill(Number.NEGATIVE_INFINITY);
  let globalLo = Number.POSITIVE_INFINITY;
  let globalHi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const k = raterOf[i]!;
    const x = scores[i]!;
    count[k]! += 1;
    if (x < lo[k]!) lo[k] = x;
    if (x > hi[k]!) hi[k] = x;
    if (x < globalLo) globalLo = x;
    if (x > globalHi) globalHi = x;
  }

  const scale = new Float64Array(R);
  for (let k = 0; k < R; k++) scale[k] = powerOfTwoAbove(Math.max(-lo[k]!, hi[k]!));
  const globalScale = powerOfTwoAbove(Math.max(-globalLo, globalHi));

  // Pass 1: compensated (Neumaier) sums of scaled values shifted by the rater's minimum. The shift makes a large
  // common offset cancel exactly (x − lo is exact when x and lo are within a factor of two), so the offset of the
  // mean from the minimum is rounded at the size of the spread, not of the offset; the compensated raw sum gives
  // the correctly rounded mean itself (5, 5, 4 → 14/3 rounds to 4.666666666666667).
  const shift = new Float64Array(R);
  for (let k = 0; k < R; k++) shift[k] = lo[k]! / scale[k]!;
  const sum = new Float64Array(R);
  const sumC = new Float64Array(R);
  const raw = new Float64Array(R);
  const rawC = new Float64Array(R);
  const globalShift = globalLo / globalScale;
  const g = { sum: 0, c: 0, raw: 0, rawC: 0 };
  for (let i = 0; i < n; i++) {
    const k = raterOf[i]!;
    const x = scores[i]!;
    const y = x / scale[k]!;
    let t = sum[k]! + (y - shift[k]!);
    sumC[k]! += neumaier(sum[k]!, y - shift[k]!, t);
    sum[k] = t;
    t = raw[k]! + y;
    rawC[k]! += neumaier(raw[k]!, y, t);
    raw[k] = t;
    const gy = x / globalScale;
    t = g.sum + (gy - globalShift);
    g.c += neumaier(g.sum, gy - globalShift, t);
    g.sum = t;
    t = g.raw + gy;
    g.rawC += neumaier(g.raw, gy, t);
    g.raw = t;
  }
  const meanScaled = new Float64Array(R);
  const offsetScaled = new Float64Array(R);
  for (let k = 0; k < R; k++) {
    const c = count[k]!;
    const top = hi[k]! / scale[k]!;
    offsetScaled[k] = clampTo((sum[k]! + sumC[k]!) / c, 0, top - shift[k]!);
    meanScaled[k] = clampTo((raw[k]! + rawC[k]!) / c, shift[k]!, top);
  }
  const globalTop = globalHi / globalScale;
  const globalOffsetScaled = clampTo((g.sum + g.c) / n, 0, globalTop - globalShift);
  const globalMeanScaled = clampTo((g.raw + g.rawC) / n, globalShift, globalTop);

  // Pass 2: squared deviations from the shifted mean, minus the (Σd)²/n term that cancels rounding error left in it.
  const sq = new Float64Array(R);
  const dev = new Float64Array(R);
  let globalSq = 0;
  let globalDev = 0;
  for (let i = 0; i < n; i++) {
    const k = raterOf[i]!;
    const x = scores[i]!;
    const d = x / scale[k]! - shift[k]! - offsetScaled[k]!;
    sq[k]! += d * d;
    dev[k]! += d;
    const gd = x / globalScale - globalShift - globalOffsetScaled;
    globalSq += gd * gd;
    globalDev += gd;
  }

  const sdScaled = new Float64Array(R);
  const mean = new Float64Array(R);
  const sd = new Float64Array(R);
  for (let k = 0; k < R; k++) {
    const c = count[k]!;
    if (lo[k] !== hi[k]) sdScaled[k] = Math.sqrt(Math.max(0, (sq[k]! - (dev[k]! * dev[k]!) / c) / c));
    mean[k] = meanScaled[k]! * scale[k]!;
    sd[k] = saturate(sdScaled[k]! * scale[k]!);
  }
  const globalSdScaled =
    globalLo === globalHi ? 0 : Math.sqrt(Math.max(0, (globalSq - (globalDev * globalDev) / n) / n));

  return {
    n,
    raterIds,
    raterOf,
    scores,
    count,
    scale,
    meanScaled,
    shiftScaled: shift,
    offsetScaled,
    sdScaled,
    mean,
    sd,
    globalScale,
    globalMeanScaled,
    globalShiftScaled: globalShift,
    globalOffsetScaled,
    globalSdScaled,
    globalMean: globalMeanScaled * globalScale,
    globalSd: saturate(globalSdScaled * globalScale),
  };
}

/**
 * Clamps to the finite doubles, for results whose exact value lies beyond ±1.8e308.
 *
 * @internal
 * @example
 * saturate(Number.POSITIVE_INFINITY); // Number.MAX_VALUE
 */
export function saturate(x: number): number {
  return Math.min(Number.MAX_VALUE, Math.max(-Number.MAX_VALUE, x));
}

/** A power of two ≥ |x| (1 for 0, at most 2^1023): dividing by it is exact and brings values into [−2, 2]. */
function powerOfTwoAbove(x: number): number {
  if (x === 0) return 1;
  return 2 ** Math.min(1023, Math.ceil(Math.log2(x)));
}

/** The rounding error of `t = a + b` (Neumaier's compensation term). */
function neumaier(a: number, b: number, t: number): number {
  return Math.abs(a) >= Math.abs(b) ? a - t + b : b - t + a;
}

/** Keeps a rounded mean inside the range of the values it averages. */
function clampTo(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}
