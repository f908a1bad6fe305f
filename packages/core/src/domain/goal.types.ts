import type { Metric } from '../progress/progress.types.js';
import type { ParentEdge, RollupMethod } from '../rollup/rollup.types.js';

export type { BinaryMetric, LinearMetric, Metric, RangeMetric } from '../progress/progress.types.js';
export type { ParentEdge, RollupMethod, RollupNode } from '../rollup/rollup.types.js';

/**
 * Who owns a goal: the whole company, a team, or one person.
 *
 * @example
 * const ownerType: GoalOwnerType = 'team';
 */
export type GoalOwnerType = 'company' | 'team' | 'person';

/**
 * Where a goal sits in the cascade, from company objective down to a key result.
 *
 * @example
 * const level: GoalLevel = 'key-result';
 */
export type GoalLevel = 'company' | 'department' | 'team' | 'person' | 'key-result';

/**
 * A goal's life-cycle state.
 *
 * @example
 * const status: GoalStatus = 'active';
 */
export type GoalStatus = 'draft' | 'active' | 'done' | 'cancelled';

/**
 * One progress update on a goal: the metric's new `current` value (null = "no number, just a note").
 *
 * @example
 * const c: CheckIn = { id: 'ci-1', goalId: 'kr-7', at: '2025-08-01T09:00:00.000Z', current: 42, note: 'Pilot live', authorId: 'p-3' };
 */
export interface CheckIn {
  id: string;
  goalId: string;
  /** ISO date-time of the check-in. */
  at: string;
  current: number | null;
  note?: string;
  authorId?: string;
}

/**
 * An objective, SMART goal or key result; goals align to one parent (`parentId`) or several (`parents`).
 *
 * @example
 * const kr: Goal = {
 *   id: 'kr-7', title: 'Cut churn to 4%', level: 'key-result', parentId: 'o-2', cycleId: 'fy25-q3',
 *   metric: { start: 8, target: 4, current: 6 }, status: 'active',
 * };
 */
export interface Goal {
  id: string;
  title: string;
  description?: string;
  /** The owning person or team id (see `ownerType`). */
  ownerId?: string;
  ownerType?: GoalOwnerType;
  level?: GoalLevel;
  cycleId?: string;
  /** Single parent (shorthand for `parents: [{ id: parentId }]`); `null` or absent for a root. */
  parentId?: string | null;
  /** Several parents, each edge with its own weight; combined with `parentId` if both are set. */
  parents?: ParentEdge[];
  /** Weight in its parent(s) when an edge sets none; default 1. */
  weight?: number;
  /** How this goal aggregates its children (default `weighted-mean`). */
  method?: RollupMethod;
  /** How progress is measured; goals without one take the rollup of their children. */
  metric?: Metric;
  status?: GoalStatus;
  /** Check-ins, oldest first. */
  checkIns?: CheckIn[];
  /** ISO date-time of the last change. */
  updatedAt?: string;
  /**
   * How many goals align directly under this one, when the source knows more than it sent (lazy branches): a widget
   * loads the rest with `goals.listChildren`. Absent means "the list holds all of them".
   */
  childCount?: number;
}

/**
 * A goal that is measured directly, i.e. one that has a `metric`.
 *
 * @example
 * const kr: KeyResult = { id: 'kr-1', title: 'Ship v2', metric: { kind: 'binary', done: false } };
 */
export interface KeyResult extends Goal {
  metric: Metric;
}
