import type { Band } from '@northstar/core';
import { bandOf } from '@northstar/core';
import type {
  CalibratedRating,
  CalibrationFlagReason,
  CalibrationMethod,
  DistributionCheckResult,
  RaterLeniency,
} from '@northstar/core/calibration';
import { calibrate, distributionCheck, raterLeniency } from '@northstar/core/calibration';
import type { LoadedRatings } from './loadRatings.js';

/**
 * Calibration settings as given on the command line.
 *
 * @example
 * const o: CalibrationCliOptions = { method: 'z-score', minGroupSize: 5, clamp: { min: 1, max: 5 } };
 */
export interface CalibrationCliOptions {
  method: CalibrationMethod;
  minGroupSize: number;
  /** |z| from which a rater counts as lenient or severe (default 1.96). */
  threshold?: number;
  clamp?: { min: number; max: number };
  /** Label → target share, in order (lowest level first), with each label's lower bound. */
  levels?: { bands: Band[]; target: Record<string, number> };
}

/**
 * One rating after calibration, with its subject and (with levels) the level before and after.
 *
 * @example
 * const r: CalibratedRow = { id: 'r-1', raterId: 'p-1', subjectId: 'p-2', score: 5, calibrated: 4.1, z: 1.2, flagged: false, reason: null, level: 'high', calibratedLevel: 'mid' };
 */
export interface CalibratedRow {
  id: string;
  raterId: string;
  subjectId: string | null;
  score: number;
  calibrated: number;
  /** Standard score within the rater's ratings; null for a rater below the minimum group size. */
  z: number | null;
  flagged: boolean;
  reason: CalibrationFlagReason | null;
  level: string | null;
  calibratedLevel: string | null;
}

/**
 * Everything `northstar calibrate` reports.
 *
 * @example
 * const { raters } = runCalibration(loaded, options);
 */
export interface CalibrationRun {
  ratings: CalibratedRow[];
  raters: RaterLeniency[];
  stats: {
    count: number;
    raters: number;
    mean: number;
    sd: number;
    calibratedMean: number;
    calibratedSd: number;
  };
  distribution: { before: DistributionCheckResult; after: DistributionCheckResult } | null;
}

function meanSd(xs: readonly number[]): { mean: number; sd: number } {
  let sum = 0;
  for (const x of xs) sum += x;
  const mean = sum / xs.length;
  let sq = 0;
  for (const x of xs) sq += (x - mean) * (x - mean);
  return { mean, sd: Math.sqrt(sq / xs.length) };
}

/**
 * Calibrates ratings, measures rater leniency and (with levels) checks the spread of levels against the target
 * before and after calibration; library errors come back located at their lines.
 *
 * @example
 * runCalibration(await loadRatings('ratings.csv', ctx), { method: 'z-score', minGroupSize: 5 }).raters[0]?.leaning;
 */
export function runCalibration(loaded: LoadedRatings, options: CalibrationCliOptions): CalibrationRun {
  let calibrated: CalibratedRating[];
  let raters: RaterLeniency[];
  try {
    calibrated = calibrate(loaded.ratings, {
      method: options.method,
      minGroupSize: options.minGroupSize,
      ...(options.clamp === undefined ? {} : { clamp: options.clamp }),
    });
    raters = raterLeniency(loaded.ratings, {
      minGroupSize: options.minGroupSize,
      ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    });
  } catch (error) {
    throw loaded.locator.locate(error);
  }
  const bands = options.levels?.bands;
  const levelOf = (x: number) => (bands === undefined ? null : bandOf(x, bands)!.id);
  const ratings = new Array<CalibratedRow>(calibrated.length);
  for (let i = 0; i < calibrated.length; i++) {
    const c = calibrated[i]!;
    // Keys in output order: this object is also the CSV/JSON row.
    ratings[i] = {
      id: c.id,
      raterId: c.raterId,
      subjectId: loaded.ratings[i]!.subjectId ?? null,
      score: c.score,
      calibrated: c.calibrated,
      z: c.z,
      flagged: c.flagged,
      reason: c.reason ?? null,
      level: levelOf(c.score),
      calibratedLevel: levelOf(c.calibrated),
    };
  }
  const before = meanSd(ratings.map((r) => r.score));
  const after = meanSd(ratings.map((r) => r.calibrated));
  let distribution: CalibrationRun['distribution'] = null;
  if (options.levels !== undefined) {
    const { target } = options.levels;
    distribution = {
      before: distributionCheck(
        ratings.map((r) => r.level!),
        target,
      ),
      after: distributionCheck(
        ratings.map((r) => r.calibratedLevel!),
        target,
      ),
    };
  }
  return {
    ratings,
    raters,
    stats: {
      count: ratings.length,
      raters: raters.length,
      mean: before.mean,
      sd: before.sd,
      calibratedMean: after.mean,
      calibratedSd: after.sd,
    },
    distribution,
  };
}
