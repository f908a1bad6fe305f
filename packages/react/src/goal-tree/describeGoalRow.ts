import type { Band, Goal, Person } from '@northstar/core';
import { bandOf } from '@northstar/core';
import type { GoalTreeRows } from './flattenGoalTree.js';
import type { GoalGraph } from './goalGraph.types.js';
import { rowKeyOf } from './rowKeys.js';

/**
 * A translator as the resolver sees it: a catalogue key and its parameters to a sentence.
 *
 * @example
 * const t: GoalTreeTranslate = (key, params) => `${key} ${JSON.stringify(params ?? {})}`;
 */
export type GoalTreeTranslate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/**
 * The Intl formatting the rows need.
 *
 * @example
 * const format: GoalRowFormat = { percent: (x) => `${Math.round(x * 100)}%`, number: String, date: (d) => d, relative: (d) => d };
 */
export interface GoalRowFormat {
  /** A share (0.58 → "58%"). */
  percent: (value: number) => string;
  number: (value: number) => string;
  /** An ISO date (or date-time), absolute. */
  date: (iso: string) => string;
  /** An ISO date (or date-time) relative to now ("in 3 weeks"). */
  relative: (iso: string) => string;
}

/**
 * Everything besides the rows that a row's description reads.
 *
 * @example
 * const context: GoalRowContext = { t, format, people: new Map(), bands: OKR_BANDS, dueOf: () => undefined };
 */
export interface GoalRowContext {
  t: GoalTreeTranslate;
  format: GoalRowFormat;
  people: ReadonlyMap<string, Person>;
  bands: readonly Band[];
  /** A goal's due date (ISO), e.g. its cycle's end. */
  dueOf: (goal: Goal) => string | undefined;
  /** The filter text, to mark the match in titles. */
  filterText?: string;
  locale?: string;
}

/**
 * One visible row, described for the view: every number from core's rollup, every text from the catalogue.
 *
 * @example
 * const row: GoalTreeRow = describeGoalRow(graph, rows, 0, context);
 * row.progressText; // '58%'
 */
export interface GoalTreeRow {
  key: string;
  index: number;
  kind: 'goal' | 'loading';
  /** aria-level, aria-setsize, aria-posinset. */
  level: number;
  setsize: number;
  posinset: number;
  expandable: boolean;
  expanded: boolean;
  /** Shown only as the ancestor of a filter match. */
  dimmed: boolean;
  /** The goal (undefined for a loading row). */
  goal: Goal | undefined;
  id: string;
  title: string;
  /** Where the filter text sits in the title, [start, end). */
  match: readonly [number, number] | undefined;
  levelText: string | undefined;
  owner: { id: string; name: string; initials: string; avatarUrl?: string } | undefined;
  /** Rolled-up progress (core's `Rollup.value`), null without data. */
  progress: number | null;
  progressText: string;
  band: Band | undefined;
  bandText: string | undefined;
  /** Core's coverage: the share of child weight that had data. */
  coverage: number;
  /** "3 of 4 key results reporting", only when coverage is below 100%. */
  coverageText: string | undefined;
  /** Weight of this row's edge in its parent; undefined for a top-level row. */
  weight: number | undefined;
  weightText: string | undefined;
  /** The goal's other parents (for a goal aligned to several), with that edge's weight. */
  alsoAlignedTo: ReadonlyArray<{ id: string; title: string; weight: number }>;
  alsoAlignedText: string | undefined;
  dueText: string | undefined;
  dueRelative: string | undefined;
  lastCheckInText: string | undefined;
  lastCheckInRelative: string | undefined;
  /** A leaf with a metric: it takes check-ins. */
  measurable: boolean;
}

/**
 * Initials for an avatar: the first letters of the first and last word of a name.
 *
 * @example
 * initialsOf('Ada King Lovelace'); // 'AL'
 */
export function initialsOf(name: string, locale?: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return '?';
  const head = [...words[0]!];
  // One word (a bare id or a single name): its first two letters.
  if (words.length === 1) return head.slice(0, 2).join('').toLocaleUpperCase(locale);
  const last = [...words[words.length - 1]!][0] ?? '';
  return `${head[0] ?? ''}${last}`.toLocaleUpperCase(locale);
}

function bandText(band: Band, t: GoalTreeTranslate): string {
  const key = `goalTree.band.${band.id}`;
  const text = t(key);
  // Host bands bring their own labels; only OKR band ids have catalogue entries.
  return text === key ? band.label : text;
}

/**
 * Describes row `index` of the visible rows for the view.
 *
 * @example
 * const row = describeGoalRow(graph, rows, 0, context);
 * row.level; // 1
 */
export function describeGoalRow(
  graph: GoalGraph,
  rows: GoalTreeRows,
  index: number,
  context: GoalRowContext,
): GoalTreeRow {
  const { t, format } = context;
  const node = rows.node[index]!;
  const base = {
    key: rowKeyOf(graph, rows, index),
    index,
    level: rows.level[index]!,
    setsize: rows.setsize[index]!,
    posinset: rows.posinset[index]!,
  };
  if (node === -1) {
    const text = t('goalTree.loadingChildren');
    return {
      ...base,
      kind: 'loading',
      expandable: false,
      expanded: false,
      dimmed: false,
      goal: undefined,
      id: '',
      title: text,
      match: undefined,
      levelText: undefined,
      owner: undefined,
      progress: null,
      progressText: '',
      band: undefined,
      bandText: undefined,
      coverage: 0,
      coverageText: undefined,
      weight: undefined,
      weightText: undefined,
      alsoAlignedTo: [],
      alsoAlignedText: undefined,
      dueText: undefined,
      dueRelative: undefined,
      lastCheckInText: undefined,
      lastCheckInRelative: undefined,
      measurable: false,
    };
  }
  const goal = graph.goals[node]!;
  const { rollup } = graph;
  const value = rollup.value(goal.id);
  const band = value === null ? undefined : (bandOf(value, context.bands) ?? undefined);
  const children = graph.children[node]!;

  let coverageText: string | undefined;
  const coverage = rollup.coverage(goal.id);
  if (children.length > 0 && coverage < 1) {
    let reporting = 0;
    let keyResults = true;
    for (const child of children) {
      if (rollup.value(graph.ids[child]!) !== null) reporting += 1;
      if (graph.goals[child]!.level !== 'key-result') keyResults = false;
    }
    coverageText = t(keyResults ? 'goalTree.coverageKeyResults' : 'goalTree.coverageGoals', {
      reporting,
      total: children.length,
      count: children.length,
    });
  }

  const parentRow = rows.parentRow[index]!;
  const parentNode = parentRow === -1 ? -1 : rows.node[parentRow]!;
  const rawWeight = rows.edgeWeight[index]!;
  const weight = Number.isNaN(rawWeight) ? undefined : rawWeight;
  const alsoAlignedTo: Array<{ id: string; title: string; weight: number }> = [];
  for (const p of graph.parents[node]!) {
    if (p === parentNode) continue;
    const k = graph.children[p]!.indexOf(node);
    alsoAlignedTo.push({
      id: graph.ids[p]!,
      title: graph.goals[p]!.title,
      weight: graph.childWeights[p]![k]!,
    });
  }
  const alsoAlignedText =
    alsoAlignedTo.length === 0
      ? undefined
      : t('goalTree.alsoAlignedTo', {
          goals: alsoAlignedTo
            .map((other) =>
              t('goalTree.alignedEdge', { title: other.title, weight: format.number(other.weight) }),
            )
            .join(', '),
          count: alsoAlignedTo.length,
        });

  const person = goal.ownerId === undefined ? undefined : context.people.get(goal.ownerId);
  const owner =
    goal.ownerId === undefined
      ? undefined
      : {
          id: goal.ownerId,
          name: person?.name ?? goal.ownerId,
          initials: initialsOf(person?.name ?? goal.ownerId, context.locale),
          ...(person?.avatarUrl ? { avatarUrl: person.avatarUrl } : {}),
        };

  let match: readonly [number, number] | undefined;
  const text = context.filterText?.trim();
  if (text) {
    const at = goal.title.toLocaleLowerCase(context.locale).indexOf(text.toLocaleLowerCase(context.locale));
    if (at !== -1) match = [at, at + text.length];
  }

  const due = context.dueOf(goal);
  const last = goal.checkIns?.[goal.checkIns.length - 1];
  return {
    ...base,
    kind: 'goal',
    expandable: rows.expandable[index] === 1,
    expanded: rows.expanded[index] === 1,
    dimmed: rows.dimmed[index] === 1,
    goal,
    id: goal.id,
    title: goal.title,
    match,
    levelText: goal.level ? t(`goalTree.level.${goal.level}`) : undefined,
    owner,
    progress: value,
    progressText: value === null ? t('goalTree.noData') : format.percent(value),
    band,
    bandText: band ? bandText(band, t) : undefined,
    coverage,
    coverageText,
    weight,
    weightText: weight === undefined ? undefined : format.number(weight),
    alsoAlignedTo,
    alsoAlignedText,
    dueText: due ? format.date(due) : undefined,
    dueRelative: due ? format.relative(due) : undefined,
    lastCheckInText: last ? format.date(last.at) : undefined,
    lastCheckInRelative: last ? format.relative(last.at) : undefined,
    measurable: goal.metric !== undefined && children.length === 0,
  };
}
