/**
 * Where a review cycle is in its life: planned, running, in calibration, or closed.
 *
 * @example
 * const status: ReviewCycleStatus = 'calibrating';
 */
export type ReviewCycleStatus = 'planned' | 'active' | 'calibrating' | 'closed';

/**
 * A review or OKR period (e.g. a quarter) that goals, feedback and talent reviews belong to.
 *
 * @example
 * const q3: ReviewCycle = { id: 'fy25-q3', name: 'FY25 Q3', startsOn: '2025-07-01', endsOn: '2025-09-30', status: 'active' };
 */
export interface ReviewCycle {
  id: string;
  name: string;
  /** First day of the cycle, ISO date (`YYYY-MM-DD`), inclusive. */
  startsOn: string;
  /** Last day of the cycle, ISO date (`YYYY-MM-DD`), inclusive. */
  endsOn: string;
  status: ReviewCycleStatus;
}
