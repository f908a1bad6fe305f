/**
 * One rating given by one rater, e.g. a manager's review score on a 1–5 scale.
 *
 * @example
 * const r: Rating = { id: 'r-1', raterId: 'mgr-4', score: 4 };
 */
export interface Rating {
  /** Id of the rated record (usually the review or the person). */
  id: string;
  raterId: string;
  score: number;
}
