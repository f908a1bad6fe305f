import type { Band, CheckInInput, Goal, GoalLevel, ParentEdge, Person, ReviewCycle } from '@northstar/core';
import type { HTMLAttributes } from 'react';

/**
 * A column of the goal tree; the title column always comes first.
 *
 * @example
 * const columns: GoalTreeColumnId[] = ['progress', 'owner', 'due'];
 */
export type GoalTreeColumnId = 'progress' | 'owner' | 'due' | 'weight' | 'lastCheckIn';

/**
 * The goal tree's filter: a text search on titles plus owner, status band and level filters; all given parts must
 * match. Matching goals show with their ancestors.
 *
 * @example
 * const filter: GoalTreeFilter = { text: 'churn', bandIds: ['red', 'yellow'], levels: ['key-result'] };
 */
export interface GoalTreeFilter {
  text?: string;
  ownerIds?: readonly string[];
  /** Band ids (`red`, `yellow`, `green` with OKR bands), or `none` for goals without data. */
  bandIds?: readonly string[];
  levels?: readonly GoalLevel[];
}

/**
 * What `onCheckIn` receives: the goal and the parsed check-in.
 *
 * @example
 * const event: GoalCheckInEvent = { goalId: 'g-0002', input: { current: 42_000_000, note: 'Q3 close' } };
 */
export interface GoalCheckInEvent {
  goalId: string;
  input: CheckInInput;
  /** One per logical check-in; a Retry sends the same key again. */
  idempotencyKey?: string;
}

/**
 * What `onCheckInRequest` receives when someone asks to check in on a key result: the goal, and `submit`, which
 * commits the host's check-in through the tree's own optimistic path (the path to the root updates at once, a new
 * idempotency key, rollback with a banner and Retry on failure). `submit` resolves when the write is saved and
 * rejects when it fails; a value the metric refuses rejects with `INVALID_VALUE` naming the goal, nothing sent.
 *
 * @example
 * const onCheckInRequest = ({ goal, submit }: GoalCheckInRequest) =>
 *   openMyDialog(goal, (value, note) => submit({ current: value, note }));
 */
export interface GoalCheckInRequest {
  goalId: string;
  goal: Goal;
  submit: (input: CheckInInput) => Promise<void>;
}

/**
 * What `onAlign` receives: the goal and its new parent edges.
 *
 * @example
 * const event: GoalAlignEvent = { goalId: 'g-0009', parents: [{ id: 'g-0003', weight: 1 }] };
 */
export interface GoalAlignEvent {
  goalId: string;
  parents: ParentEdge[];
  /** One per logical move; a Retry sends the same key again. */
  idempotencyKey?: string;
}

/**
 * Props of `<GoalTree>`. Controlled with `goals`; connected (reading `adapter.goals` of the nearest
 * `NorthstarProvider`) without it. Unknown props land on the root element.
 *
 * @example
 * <GoalTree goals={goals} people={people} label="Company goals" columns={['progress', 'owner']} />
 */
export interface GoalTreeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onSelect' | 'children'> {
  /** The accessible name of the tree grid. */
  label: string;
  /** Controlled data; leave out to read through the provider's adapter. */
  goals?: readonly Goal[];
  /** Owner names and avatars; connected trees read `adapter.people` when this is absent. */
  people?: readonly Person[];
  /** Cycles, for due dates (a goal is due when its cycle ends). */
  cycles?: readonly ReviewCycle[];
  /** Connected: the cycle whose goals to load. */
  cycleId?: string;
  /** Show only this goal and what aligns under it. */
  rootId?: string;
  /** Status bands for the progress column (default core's OKR_BANDS). */
  bands?: readonly Band[];
  columns?: readonly GoalTreeColumnId[];
  /** Expanded goal ids (controlled). */
  expanded?: readonly string[];
  defaultExpanded?: readonly string[];
  onExpandedChange?: (expanded: string[]) => void;
  selectedId?: string | null;
  defaultSelectedId?: string | null;
  onSelectedIdChange?: (id: string | null) => void;
  filter?: GoalTreeFilter;
  defaultFilter?: GoalTreeFilter;
  onFilterChange?: (filter: GoalTreeFilter) => void;
  /**
   * A check-in was made. Controlled trees show it at once and offer check-ins only with this callback; return a
   * promise that rejects to roll the tree back with a message and a Retry. Connected trees call it after the adapter
   * saved it.
   */
  onCheckIn?: (event: GoalCheckInEvent) => unknown;
  /**
   * A host's own check-in UI: when given, "Check in" (and the banner's "Check in" after a failure) calls this
   * instead of opening the built-in dialog, which is then never loaded. Commit with the request's `submit`;
   * `onCheckIn` keeps its meaning (the write of a controlled tree, the notification of a connected one).
   */
  onCheckInRequest?: (request: GoalCheckInRequest) => void;
  /** A goal was re-aligned (after core's cycle check); same contract as `onCheckIn`. */
  onAlign?: (event: GoalAlignEvent) => unknown;
  /** Enter (or the title link) opens a goal. */
  onOpenGoal?: (goalId: string) => void;
  /** No check-ins or moves, whatever the adapter can do. */
  readOnly?: boolean;
  /** Height of the scrolling body in px (default 480). */
  height?: number;
  /** Show the search and filter toolbar (default true). */
  toolbar?: boolean;
}
