export type { Rating } from '../calibration/calibration.types.js';

/**
 * A person's talent-review placement in one cycle; scores normalised to [0, 1], null when not yet assessed.
 *
 * @example
 * const t: TalentRecord = { personId: 'p-17', cycleId: 'fy25-h2', performance: 0.72, potential: 0.4, box: 5 };
 */
export interface TalentRecord {
  personId: string;
  cycleId?: string;
  performance: number | null;
  potential: number | null;
  /** The 9-box cell (1 = low/low … 9 = high/high) as last placed; recompute with `placeNineBox` when cuts differ. */
  box?: number;
  note?: string;
  /** Who last moved this person. */
  movedBy?: string;
  /** Why they were last moved (required by `talent.move`). */
  reason?: string;
  /** ISO date-time of the last change. */
  updatedAt?: string;
}
