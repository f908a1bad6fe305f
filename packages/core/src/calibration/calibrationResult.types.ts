/**
 * How `calibrate` moves each rater's scores onto the global distribution.
 *
 * @example
 * const method: CalibrationMethod = 'mean-shift';
 */
export type CalibrationMethod = 'z-score' | 'mean-shift';

/**
 * Options for `calibrate`.
 *
 * @example
 * const options: CalibrateOptions = { method: 'z-score', minGroupSize: 5, clamp: { min: 1, max: 5 } };
 */
export interface CalibrateOptions {
  /** `z-score` (default) matches each rater's mean and spread to the global ones; `mean-shift` matches the mean only. */
  method?: CalibrationMethod;
  /** Raters with fewer ratings than this are left as they are and flagged; an integer ≥ 2, default 5. */
  minGroupSize?: number;
  /** Bounds every calibrated value is clamped into, usually the rating scale. */
  clamp?: { min: number; max: number };
}

/**
 * Why `calibrate` flagged a rating: its rater had too few ratings, or (z-score) gave every rating the same score.
 *
 * @example
 * const reason: CalibrationFlagReason = 'small-group';
 */
export type CalibrationFlagReason = 'small-group' | 'no-spread';

/**
 * One rating after calibration, as returned by `calibrate`.
 *
 * @example
 * const c: CalibratedRating = { id: 'r-1', raterId: 'mgr-4', score: 5, calibrated: 3.9, z: 0.8, flagged: false };
 */
export interface CalibratedRating {
  id: string;
  raterId: string;
  /** The score as given. */
  score: number;
  /** The score on the global scale; `score` itself (clamped, if asked) for a small-group rater. */
  calibrated: number;
  /** Standard score within the rater's own ratings; 0 when the rater has no spread, null for a small group. */
  z: number | null;
  /** True when the rating could not be calibrated normally; `reason` says why. */
  flagged: boolean;
  /** Present only when `flagged`. */
  reason?: CalibrationFlagReason;
}

/**
 * Options for `raterLeniency`.
 *
 * @example
 * const options: RaterLeniencyOptions = { minGroupSize: 5, threshold: 2.58 };
 */
export interface RaterLeniencyOptions {
  /** Raters with fewer ratings get `insufficient-data`; an integer ≥ 1, default 5. */
  minGroupSize?: number;
  /** |z| at or above which a rater is lenient or severe; a positive number, default 1.96 (two-sided 5%). */
  threshold?: number;
}

/**
 * Whether a rater scores higher (`lenient`) or lower (`severe`) than everyone else, beyond chance.
 *
 * @example
 * const l: Leaning = 'lenient';
 */
export type Leaning = 'lenient' | 'severe' | 'neutral' | 'insufficient-data';

/**
 * One rater's leniency, as returned by `raterLeniency`.
 *
 * @example
 * const r: RaterLeniency = { raterId: 'mgr-4', count: 12, mean: 4.6, sd: 0.5, z: 3.1, effect: 0.9, leaning: 'lenient' };
 */
export interface RaterLeniency {
  raterId: string;
  count: number;
  /** Mean of the rater's scores. */
  mean: number;
  /** Population standard deviation of the rater's scores. */
  sd: number;
  /** (mean − global mean) / (global sd / √count); null below `minGroupSize` or when every score is equal. */
  z: number | null;
  /** (mean − global mean) / global sd, a size that does not grow with the sample; null whenever `z` is. */
  effect: number | null;
  leaning: Leaning;
}

/**
 * One label's row in a `distributionCheck` result.
 *
 * @example
 * const d: DistributionDeviation = { label: 'high', count: 30, expected: 10, share: 0.3, targetShare: 0.1, deviation: 0.2, residual: 6.32 };
 */
export interface DistributionDeviation {
  label: string;
  /** Observed count. */
  count: number;
  /** Expected count: total × target share. */
  expected: number;
  /** Observed share of the total. */
  share: number;
  /** Normalised target share. */
  targetShare: number;
  /** share − targetShare. */
  deviation: number;
  /** Pearson residual (count − expected) / √expected; null when nothing is expected. */
  residual: number | null;
}

/**
 * The result of `distributionCheck`: observed against expected counts with a chi-square goodness-of-fit test.
 *
 * @example
 * const { pValue, deviation } = distributionCheck(levels, { low: 20, mid: 70, high: 10 });
 */
export interface DistributionCheckResult {
  /** Number of levels checked. */
  total: number;
  /** The target's labels, in its key order. */
  labels: string[];
  counts: Record<string, number>;
  /** Expected counts per label. */
  expected: Record<string, number>;
  /** Observed shares per label. */
  shares: Record<string, number>;
  /** One row per label, in `labels` order. */
  deviation: DistributionDeviation[];
  /** Pearson's chi-square; Infinity when a label with target share 0 was observed. */
  chiSquare: number;
  /** Labels with a target share above 0, minus 1. */
  degreesOfFreedom: number;
  /** Probability of a chi-square at least this large if the target were true; 0 when `chiSquare` is Infinity. */
  pValue: number;
}

/**
 * One score to place by `forceDistribution`.
 *
 * @example
 * const s: ForceDistributionScore = { id: 'p-1', score: 3.7 };
 */
export interface ForceDistributionScore {
  id: string;
  score: number;
}

/**
 * One label and its share for `forceDistribution`; quotas are listed lowest label first.
 *
 * @example
 * const quotas: ForceDistributionQuota[] = [{ label: 'low', share: 20 }, { label: 'mid', share: 70 }, { label: 'high', share: 10 }];
 */
export interface ForceDistributionQuota {
  label: string;
  /** Non-negative weight; weights are normalised, so 20/70/10 equals 0.2/0.7/0.1. */
  share: number;
}

/**
 * One person's place in a forced distribution, as returned by `forceDistribution`.
 *
 * @example
 * const f: ForcedRating = { id: 'p-1', score: 3.7, label: 'mid', rank: 4, tiedAcrossBoundary: false };
 */
export interface ForcedRating {
  id: string;
  score: number;
  label: string;
  /** 1 = highest score; unique, ties ordered as placed. */
  rank: number;
  /** True when someone with the identical score got a different label. */
  tiedAcrossBoundary: boolean;
}

/**
 * Options for `forceDistribution` (none yet; reserved so the signature can grow).
 *
 * @example
 * const options: ForceDistributionOptions = {};
 */
export type ForceDistributionOptions = Record<string, never>;

/**
 * Options for `distributionCheck` (none yet; reserved so the signature can grow).
 *
 * @example
 * const options: DistributionCheckOptions = {};
 */
export type DistributionCheckOptions = Record<string, never>;

/**
 * One person's selection outcome for `adverseImpact`.
 *
 * @example
 * const o: SelectionOutcome = { id: 'p-1', selected: true };
 */
export interface SelectionOutcome {
  id: string;
  selected: boolean;
}

/**
 * Options for `adverseImpact`.
 *
 * @example
 * const options: AdverseImpactOptions = { threshold: 0.8, minGroupSize: 10 };
 */
export interface AdverseImpactOptions {
  /** Impact ratio below which a group is adversely affected; in (0, 1], default 0.8 (the four-fifths rule). */
  threshold?: number;
  /** Groups smaller than this cannot be the reference and are marked `smallSample`; an integer ≥ 1, default 1. */
  minGroupSize?: number;
}

/**
 * One group's row in an `adverseImpact` result.
 *
 * @example
 * const g: AdverseImpactGroup = { group: 'B', total: 40, selected: 8, rate: 0.2, impactRatio: 0.5, adverse: true, smallSample: false };
 */
export interface AdverseImpactGroup {
  group: string;
  total: number;
  selected: number;
  /** selected / total. */
  rate: number;
  /** rate / the reference group's rate, capped at 1; null when no eligible group selected anyone. */
  impactRatio: number | null;
  /** impactRatio < threshold. */
  adverse: boolean;
  /** total < minGroupSize. */
  smallSample: boolean;
}

/**
 * The result of `adverseImpact`: each group's selection rate against the highest eligible group's.
 *
 * @example
 * const { referenceGroup, groups } = adverseImpact(outcomes, groupOf);
 */
export interface AdverseImpactResult {
  threshold: number;
  /** The eligible group with the highest rate (first by name on a tie); null when no eligible group selected anyone. */
  referenceGroup: string | null;
  /** Sorted by group name. */
  groups: AdverseImpactGroup[];
}
