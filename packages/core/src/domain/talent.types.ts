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

/**
 * Where a person sat on the grid: the scores and the box they gave.
 *
 * @example
 * const p: TalentPlacement = { performance: 0.5, potential: 0.8, box: 8 };
 */
export interface TalentPlacement {
  performance: number | null;
  potential: number | null;
  box?: number;
}

/**
 * One recorded 9-box move — who moved whom, from where to where, why and when — so a calibration's history can be
 * stored, exported and undone (an undo is a move back, recorded like any other).
 *
 * @example
 * const m: TalentMoveRecord = {
 *   id: 'move-1', personId: 'p-7', cycleId: 'fy25-h2', from: { performance: 0.5, potential: 0.5, box: 5 },
 *   to: { performance: 0.8, potential: 0.5, box: 6 }, reason: 'Led the platform rewrite', movedBy: 'p-1',
 *   at: '2025-11-03T10:15:00.000Z',
 * };
 */
export interface TalentMoveRecord {
  id: string;
  personId: string;
  cycleId?: string;
  from: TalentPlacement;
  to: TalentPlacement;
  reason: string;
  movedBy?: string;
  /** ISO date-time of the move. */
  at: string;
}
