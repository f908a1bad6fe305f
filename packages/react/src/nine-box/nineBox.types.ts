import type { Person, TalentMoveRecord, TalentRecord } from '@northstar/core';

/**
 * A box's display label: a title (and optionally a description and a CSS colour) replacing the default name.
 *
 * @example
 * const label: NineBoxBoxLabel = { title: 'Future leader', color: 'var(--ns-color-success)' };
 */
export interface NineBoxBoxLabel {
  title: string;
  description?: string;
  /** Any CSS colour; painted as the box's accent. */
  color?: string;
}

/**
 * Which people the grid shows: a department, a manager's team (direct reports, or everyone below them), or both.
 *
 * @example
 * const filter: NineBoxFilter = { department: 'Engineering', managerId: 'p-002', reports: 'all' };
 */
export interface NineBoxFilter {
  department?: string;
  managerId?: string;
  /** `direct` keeps the manager's direct reports; `all` (default) everyone below them in the reporting tree. */
  reports?: 'direct' | 'all';
}

/**
 * What the pure resolver reads: the talent records, the directory, the grid's cuts and labels, a target and a filter.
 *
 * @example
 * const input: NineBoxInput = { records: SAMPLE_ORG.talent, people: SAMPLE_ORG.people };
 */
export interface NineBoxInput {
  records: readonly TalentRecord[];
  people?: readonly Person[];
  /** Column cut-offs in (0, 1), strictly increasing; default `[1/3, 2/3]`. A score on a cut goes to the higher box. */
  performanceCuts?: readonly number[];
  /** Row cut-offs in (0, 1), strictly increasing; default `[1/3, 2/3]`. */
  potentialCuts?: readonly number[];
  /** Box number → a title or a label, replacing the default names. */
  labels?: Readonly<Record<number, string | NineBoxBoxLabel>>;
  /** Names of the performance levels (columns, low first) and potential levels (rows, low first). */
  levelNames?: { performance?: readonly string[]; potential?: readonly string[] };
  /** Box number → expected share (any total: normalised by core). */
  target?: Readonly<Record<number, number>>;
  filter?: NineBoxFilter;
  /** Cards shown per box before "+N more"; default 5. */
  maxCardsPerBox?: number;
}

/**
 * One person as the grid shows them: directory fields, their scores and where core placed them.
 *
 * @example
 * const card: NineBoxPersonView = model.boxes[8]!.people[0]!;
 */
export interface NineBoxPersonView {
  id: string;
  name: string;
  /** Up to two letters for the avatar; filled for the cards shown (`visible`, `unplaced`), empty for the rest. */
  initials: string;
  title: string | undefined;
  department: string | undefined;
  managerId: string | null | undefined;
  avatarUrl: string | undefined;
  performance: number | null;
  potential: number | null;
  /** Core's box; null when a score is missing ("not placed"). */
  box: number | null;
  performanceLevel: number | null;
  potentialLevel: number | null;
  record: TalentRecord;
}

/**
 * One box of the grid with its people, counts and shares (from `summarizeNineBox`) and its accessible name.
 *
 * @example
 * model.boxes[8]!.name; // "High potential, high performance: 3 people, 10%"
 */
export interface NineBoxBoxView {
  box: number;
  performanceLevel: number;
  potentialLevel: number;
  title: string;
  description: string | undefined;
  color: string | undefined;
  count: number;
  /** count / placed people; null when nobody is placed. */
  share: number | null;
  targetShare: number | null;
  deviation: number | null;
  /** The gridcell's accessible name: the visible title first, then levels, count and share ("Star — High potential, high performance: 3 people, 10%"). */
  name: string;
  /** Everyone in the box, by name. */
  people: NineBoxPersonView[];
  /** The first `maxCardsPerBox` people. */
  visible: NineBoxPersonView[];
  /** People beyond `visible`. */
  overflow: number;
  /** "+38 more", or null when nobody overflows. */
  overflowText: string | null;
}

/**
 * One row of the grid, highest potential first, with its boxes lowest performance first.
 *
 * @example
 * model.rows[0]!.boxes[2]!.box; // 9 on a 3×3 grid
 */
export interface NineBoxRowView {
  potentialLevel: number;
  levelName: string;
  boxes: NineBoxBoxView[];
}

/**
 * Why the grid cannot be drawn: a NorthstarError code and a message naming the person or the prop.
 *
 * @example
 * const e: NineBoxProblem = { code: 'OUT_OF_SCALE', prop: 'records', personId: 'p-7', message: '…' };
 */
export interface NineBoxProblem {
  code: string;
  prop: string;
  personId?: string;
  message: string;
}

/**
 * The grid's view model, as returned by `resolveNineBox`.
 *
 * @example
 * const model = resolveNineBox(input, t, format);
 * model.rows.length; // 3
 */
export interface NineBoxModel {
  status: 'ready' | 'invalid';
  problem: NineBoxProblem | null;
  columns: number;
  rowCount: number;
  performanceCuts: readonly number[];
  potentialCuts: readonly number[];
  /** Highest potential first. */
  rows: NineBoxRowView[];
  /** Box order 1..columns × rows. */
  boxes: NineBoxBoxView[];
  /** Performance level names, low first. */
  performanceLevels: string[];
  /** Potential level names, low first. */
  potentialLevels: string[];
  /** People in the filter without a performance or potential score. */
  unplaced: NineBoxPersonView[];
  /** Placed people in the filter. */
  total: number;
  /** Every person in the filter, by id. */
  byId: ReadonlyMap<string, NineBoxPersonView>;
}

/**
 * A move the user confirmed: the person, the box they leave and the box they go to, the new scores and the reason.
 *
 * @example
 * const move: NineBoxMove = { personId: 'p-7', fromBox: 5, toBox: 6, performance: 5 / 6, potential: 0.5, reason: 'Led the rewrite' };
 */
export interface NineBoxMove {
  personId: string;
  fromBox: number | null;
  /** The box the person lands in; null only when an undo returns someone to "not placed". */
  toBox: number | null;
  /** The scores the move sets (see `scoresForBox`); an undo restores the earlier ones, possibly null. */
  performance: number | null;
  potential: number | null;
  reason: string;
  /** The record's `updatedAt` as shown, so the adapter can detect a concurrent move. */
  expectedUpdatedAt?: string;
  /** True for the move back that "Undo" makes. */
  undo?: boolean;
}

/** Re-exported for hosts typing their move history. */
export type { TalentMoveRecord };
