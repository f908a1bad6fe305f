// The public API of @northstar/core/calibration, listed explicitly and locked by src/exports.test.ts.

export { adverseImpact } from './adverseImpact.js';
export { calibrate } from './calibrate.js';
export type { Rating } from './calibration.types.js';
export type {
  AdverseImpactGroup,
  AdverseImpactOptions,
  AdverseImpactResult,
  CalibratedRating,
  CalibrateOptions,
  CalibrationFlagReason,
  CalibrationMethod,
  DistributionCheckOptions,
  DistributionCheckResult,
  DistributionDeviation,
  ForceDistributionOptions,
  ForceDistributionQuota,
  ForceDistributionScore,
  ForcedRating,
  Leaning,
  RaterLeniency,
  RaterLeniencyOptions,
  SelectionOutcome,
} from './calibrationResult.types.js';
export { chiSquarePValue } from './chiSquarePValue.js';
export { distributionCheck } from './distributionCheck.js';
export { forceDistribution } from './forceDistribution.js';
export { raterLeniency } from './raterLeniency.js';
