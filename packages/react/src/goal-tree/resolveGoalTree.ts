import { type Band, type Goal, OKR_BANDS, type Person } from '@northstar/core';
import { buildGoalGraph } from './buildGoalGraph.js';
import {
  describeGoalRow,
  type GoalRowContext,
  type GoalRowFormat,
  type GoalTreeRow,
  type GoalTreeTranslate,
} from './describeGoalRow.js';
import { flattenGoalTree, type GoalTreeRows } from './flattenGoalTree.js';
import type { GoalGraph, GoalGraphProblem } from './goalGraph.types.js';
import type { GoalTreeFilter } from './goalTree.types.js';

/**
 * Input of {@link resolveGoalTree}: the data, the view state and the text/format functions.
 *
 * @example
 * const input: ResolveGoalTreeInput = { goals, t, format, isExpanded: (id) => id === 'g-0001' };
 */
export interface ResolveGoalTreeInput {
  goals: readonly Goal[];
  /** A graph already built from `goals` (the hook keeps one across renders); built here when absent. */
  graph?: GoalGraph;
  people?: readonly Person[];
  bands?: readonly Band[];
  rootId?: string;
  filter?: GoalTreeFilter;
  isExpanded: (goalId: string) => boolean;
  isLoadingChildren?: (goalId: string) => boolean;
  looseGoalIds?: ReadonlySet<string>;
  dueOf?: (goal: Goal) => string | undefined;
  t: GoalTreeTranslate;
  format: GoalRowFormat;
  locale?: string;
}

/**
 * What the goal tree shows: rows to draw (described on demand, so only the visible window costs anything), no
 * goals at all, or the problem with the data naming the goal.
 *
 * @example
 * const model: GoalTreeModel = resolveGoalTree(input);
 * if (model.state === 'ready') model.describe(0).progressText; // '58%'
 */
export type GoalTreeModel =
  | {
      state: 'ready';
      graph: GoalGraph;
      rows: GoalTreeRows;
      describe: (index: number) => GoalTreeRow;
      /** "12 goals match" while filtering, else undefined. */
      matchText: string | undefined;
    }
  | { state: 'empty'; message: string }
  | { state: 'invalid'; problem: GoalGraphProblem; message: string };

const NO_PEOPLE: ReadonlyMap<string, Person> = new Map();

/**
 * The goal tree's pure resolver: goals, people and options → the flattened visible rows with level, set size,
 * position, expanded state, the "also aligned to …" marks, rolled-up progress and coverage from ONE core rollup,
 * bands from `bandOf`, and the filter (matches with their ancestors).
 *
 * @example
 * const model = resolveGoalTree({ goals: SAMPLE_ORG.goals, t, format, isExpanded: () => false });
 * model.state === 'ready' && model.rows.count; // 5 company objectives
 */
export function resolveGoalTree(input: ResolveGoalTreeInput): GoalTreeModel {
  const { t } = input;
  if (input.goals.length === 0) return { state: 'empty', message: t('goalTree.empty') };
  let graph = input.graph;
  if (graph === undefined) {
    const built = buildGoalGraph(input.goals, { looseGoalIds: input.looseGoalIds });
    if (!built.ok) return invalid(built.problem, t);
    graph = built.graph;
  }
  const bands = input.bands ?? OKR_BANDS;
  const rows = flattenGoalTree(graph, {
    isExpanded: input.isExpanded,
    filter: input.filter,
    rootId: input.rootId,
    bands,
    isLoadingChildren: input.isLoadingChildren,
    locale: input.locale,
  });
  const people = input.people ? new Map(input.people.map((p) => [p.id, p])) : NO_PEOPLE;
  const context: GoalRowContext = {
    t,
    format: input.format,
    people,
    bands,
    dueOf: input.dueOf ?? (() => undefined),
    filterText: rows.filtering ? input.filter?.text : undefined,
    locale: input.locale,
  };
  const ready = graph;
  return {
    state: 'ready',
    graph: ready,
    rows,
    describe: (index) => describeGoalRow(ready, rows, index, context),
    matchText: rows.filtering ? t('goalTree.matches', { count: rows.matchCount }) : undefined,
  };
}

/**
 * The invalid-data state for a problem: a sentence naming the goal and core's rule.
 *
 * @example
 * invalid({ code: 'CYCLE', goalId: 'g-1', message: 'alignment cycle: g-1 → g-2 → g-1' }, t).message;
 */
export function invalid(problem: GoalGraphProblem, t: GoalTreeTranslate): GoalTreeModel {
  const message =
    problem.goalId === undefined
      ? t('goalTree.invalidData', { rule: problem.message, code: problem.code })
      : t('goalTree.invalidGoal', { id: problem.goalId, rule: problem.message, code: problem.code });
  return { state: 'invalid', problem, message };
}
