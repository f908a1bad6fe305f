import type { Band, Goal, Person, ReviewCycle } from '@northstar/core';
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useFormatters } from '../i18n/useFormatters.js';
import { useMessages } from '../i18n/useMessages.js';
import { useControllableState } from '../internal/useControllableState.js';
import { warnOnce } from '../internal/warnOnce.js';
import { useNorthstar } from '../provider/useNorthstar.js';
import type { GoalTreeRow } from './describeGoalRow.js';
import { addExpanded, expandAllIds } from './expandAllIds.js';
import { goalRowFormat } from './goalRowFormat.js';
import type { GoalTreeFilter } from './goalTree.types.js';
import { type GoalTreeFocus, goalTreeKey, typeAhead } from './goalTreeKeys.js';
import { GOAL_TREE_MESSAGES, type GoalTreeMessageKey } from './goalTreeMessages.js';
import { type GoalTreeModel, invalid, resolveGoalTree } from './resolveGoalTree.js';
import { findRowByKey, firstRowOfGoal } from './rowKeys.js';
import { useGoalGraph } from './useGoalGraph.js';

/**
 * Options of {@link useGoalTree}: the goals (already loaded) and the controlled or uncontrolled view state.
 *
 * @example
 * const options: UseGoalTreeOptions = { goals, people, defaultExpanded: ['g-0001'] };
 */
export interface UseGoalTreeOptions {
  goals: readonly Goal[];
  people?: readonly Person[];
  cycles?: readonly ReviewCycle[];
  bands?: readonly Band[];
  rootId?: string;
  expanded?: readonly string[];
  defaultExpanded?: readonly string[];
  onExpandedChange?: (expanded: string[]) => void;
  selectedId?: string | null;
  defaultSelectedId?: string | null;
  onSelectedIdChange?: (id: string | null) => void;
  filter?: GoalTreeFilter;
  defaultFilter?: GoalTreeFilter;
  onFilterChange?: (filter: GoalTreeFilter) => void;
  onOpenGoal?: (goalId: string) => void;
  /** Goals loaded on their own (lazy branches): edges to parents not loaded are left out. */
  looseGoalIds?: ReadonlySet<string>;
  /** Goals whose children are loading (expanded, they show a loading row). */
  loadingChildren?: ReadonlySet<string>;
  /** Rows per page for PageUp/PageDown. */
  pageSize?: number;
  /** Interactive cells in a row, for cell navigation (default 0). */
  cellCount?: (row: GoalTreeRow) => number;
}

/**
 * A request to move keyboard focus, carried out by the view once the row is rendered (it may need a scroll first);
 * `seq` changes on every request.
 *
 * @example
 * const request: GoalTreeFocusRequest = { index: 999_999, cell: -1, seq: 4 };
 */
export interface GoalTreeFocusRequest {
  index: number;
  cell: number;
  seq: number;
}

/**
 * What {@link useGoalTree} returns: the model, the rows on demand, and every interaction of the tree grid.
 *
 * @example
 * const tree: GoalTreeApi = useGoalTree({ goals });
 * tree.row(0).progressText; // '58%'
 */
export interface GoalTreeApi {
  model: GoalTreeModel;
  /** Visible rows (0 unless ready). */
  count: number;
  /** Row `index`, described (memoised until the data or view state changes). */
  row: (index: number) => GoalTreeRow;
  t: (key: GoalTreeMessageKey, params?: Readonly<Record<string, string | number>>) => string;
  locale: string;
  direction: 'ltr' | 'rtl';
  expanded: ReadonlySet<string>;
  toggle: (index: number) => void;
  setExpanded: (ids: string[]) => void;
  /**
   * Opens every loaded branch (under `rootId` when set) as a transition: `expandingAll` is true and the page stays
   * responsive while the rows are computed, then `bulkNotice` says "All 100,000 goals expanded".
   */
  expandAll: () => void;
  /** Closes every branch; `bulkNotice` says so. */
  collapseAll: () => void;
  /** An "Expand all" is being computed (show a busy state; the grid has `aria-busy`). */
  expandingAll: boolean;
  /** The announcement of the last expand all / collapse all; `seq` changes each time. */
  bulkNotice: { text: string; seq: number } | null;
  filter: GoalTreeFilter;
  setFilter: (filter: GoalTreeFilter) => void;
  selectedId: string | null;
  select: (goalId: string | null) => void;
  /** The row (and cell) holding the tab stop. */
  activeIndex: number;
  activeCell: number;
  /** Moves the tab stop (and focus, through `focusRequest`). */
  focusRow: (index: number, cell?: number) => void;
  /** The view reports a row focused by pointer or Tab. */
  onRowFocus: (index: number, cell: number) => void;
  focusRequest: GoalTreeFocusRequest | null;
  /** The treegrid keyboard model plus type-ahead; attach to the grid element. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  open: (goalId: string) => void;
  /** Bumps whenever a rolled-up value may have changed. */
  version: number;
}

const NO_IDS: readonly string[] = [];
const NO_FILTER: GoalTreeFilter = {};
const TYPE_AHEAD_RESET_MS = 700;

/**
 * The goal tree's public headless hook: the resolver's rows (ONE core rollup, incremental on check-ins), the
 * controllable expanded / selected / filter state, focus tracked by row key (it survives rows opening above it),
 * and the WAI-ARIA treegrid keyboard model with type-ahead, for hosts that draw their own markup.
 *
 * @example
 * const tree = useGoalTree({ goals, defaultExpanded: ['g-0001'] });
 * return <div role="treegrid" onKeyDown={tree.onKeyDown}>{Array.from({ length: tree.count }, (_, i) => tree.row(i).title)}</div>;
 */
export function useGoalTree(options: UseGoalTreeOptions): GoalTreeApi {
  const t = useMessages(GOAL_TREE_MESSAGES);
  const formatters = useFormatters();
  const { direction } = useNorthstar();
  const locale = formatters.locale;
  const [now] = useState(() => Date.now());
  const format = useMemo(() => goalRowFormat(formatters, now), [formatters, now]);

  const [expandedList, setExpandedList] = useControllableState<readonly string[]>({
    value: options.expanded,
    defaultValue: options.defaultExpanded ?? NO_IDS,
    onChange: options.onExpandedChange as ((next: readonly string[]) => void) | undefined,
    name: 'GoalTree.expanded',
  });
  const [selectedId, setSelectedId] = useControllableState<string | null>({
    value: options.selectedId,
    defaultValue: options.defaultSelectedId ?? null,
    onChange: options.onSelectedIdChange,
    name: 'GoalTree.selectedId',
  });
  const [filter, setFilter] = useControllableState<GoalTreeFilter>({
    value: options.filter,
    defaultValue: options.defaultFilter ?? NO_FILTER,
    onChange: options.onFilterChange,
    name: 'GoalTree.filter',
  });
  const expanded = useMemo(() => new Set(expandedList), [expandedList]);

  const { result, version } = useGoalGraph(options.goals, options.looseGoalIds);
  const cyclesEnd = useMemo(() => new Map(options.cycles?.map((c) => [c.id, c.endsOn])), [options.cycles]);
  const dueOf = useCallback(
    (goal: Goal) => (goal.cycleId === undefined ? undefined : cyclesEnd.get(goal.cycleId)),
    [cyclesEnd],
  );
  const { loadingChildren, rootId, bands, people } = options;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` stands for the rollup's values (updated in place), which the band filter reads.
  const model = useMemo<GoalTreeModel>(() => {
    if (!result.ok) return invalid(result.problem, t as never);
    return resolveGoalTree({
      goals: options.goals,
      graph: result.graph,
      people,
      bands,
      rootId,
      filter,
      isExpanded: (id) => expanded.has(id),
      isLoadingChildren: loadingChildren ? (id) => loadingChildren.has(id) : undefined,
      dueOf,
      t: t as never,
      format,
      locale,
    });
  }, [
    result,
    version,
    options.goals,
    people,
    bands,
    rootId,
    filter,
    expanded,
    loadingChildren,
    dueOf,
    t,
    format,
    locale,
  ]);

  // One console warning per distinct problem, after commit (never from render).
  const problem = model.state === 'invalid' ? model.problem : undefined;
  useEffect(() => {
    if (!problem) return;
    warnOnce(
      `goal-tree:${problem.code}:${problem.goalId ?? ''}`,
      `[northstar] <GoalTree> cannot show the goals: ${problem.message} (${problem.code}); showing the error state.`,
    );
  }, [problem]);

  const count = model.state === 'ready' ? model.rows.count : 0;
  // Described rows, cached per model and value version: scrolling re-renders only rows entering the window.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new model or value version must start a new cache.
  const rowCache = useMemo(() => new Map<number, GoalTreeRow>(), [model, version]);
  const row = useCallback(
    (index: number): GoalTreeRow => {
      if (model.state !== 'ready') throw new Error('GoalTree: no rows outside the ready state');
      let described = rowCache.get(index);
      if (!described) {
        described = model.describe(index);
        rowCache.set(index, described);
      }
      return described;
    },
    [model, rowCache],
  );

  // Focus is kept as a row key, so it stays on its goal when rows open or close above it.
  const [focus, setFocus] = useState<{ key: string | null; cell: number }>({ key: null, cell: -1 });
  const [focusRequest, setFocusRequest] = useState<GoalTreeFocusRequest | null>(null);
  const activeIndex = useMemo(() => {
    if (model.state !== 'ready' || count === 0) return -1;
    if (focus.key !== null) {
      const found = findRowByKey(model.graph, model.rows, focus.key);
      if (found !== -1) return found;
    }
    if (selectedId !== null) {
      const selected = firstRowOfGoal(model.graph, model.rows, selectedId);
      if (selected !== -1) return selected;
    }
    return 0;
  }, [model, count, focus.key, selectedId]);
  const activeCell = activeIndex === -1 || focus.key === null ? -1 : focus.cell;

  const seq = useRef(0);
  const focusRow = useCallback(
    (index: number, cell = -1) => {
      if (model.state !== 'ready' || index < 0 || index >= model.rows.count) return;
      setFocus({ key: row(index).key, cell });
      seq.current += 1;
      setFocusRequest({ index, cell, seq: seq.current });
    },
    [model, row],
  );
  const onRowFocus = useCallback(
    (index: number, cell: number) => {
      if (model.state !== 'ready' || index >= model.rows.count) return;
      const key = row(index).key;
      setFocus((previous) => (previous.key === key && previous.cell === cell ? previous : { key, cell }));
    },
    [model, row],
  );

  const setExpandedIds = useCallback((ids: string[]) => setExpandedList(ids), [setExpandedList]);
  // A transition, so the busy state paints first and the flatten of every row runs as interruptible render work.
  const [expandingAll, startBulk] = useTransition();
  const [bulkNotice, setBulkNotice] = useState<{ text: string; seq: number } | null>(null);
  const expandAll = useCallback(() => {
    if (model.state !== 'ready') return;
    const plan = expandAllIds(model.graph, rootId);
    startBulk(() => {
      setExpandedList((previous) => addExpanded(previous, plan.ids));
      setBulkNotice((previous) => ({
        text: t('goalTree.expandedAll', { count: plan.goalCount }),
        seq: (previous?.seq ?? 0) + 1,
      }));
    });
  }, [model, rootId, setExpandedList, t]);
  const collapseAll = useCallback(() => {
    startBulk(() => {
      setExpandedList(NO_IDS);
      setBulkNotice((previous) => ({ text: t('goalTree.collapsedAll'), seq: (previous?.seq ?? 0) + 1 }));
    });
  }, [setExpandedList, t]);
  const toggle = useCallback(
    (index: number) => {
      if (model.state !== 'ready') return;
      const described = row(index);
      if (!described.expandable) return;
      setExpandedList((previous) =>
        previous.includes(described.id)
          ? previous.filter((id) => id !== described.id)
          : [...previous, described.id],
      );
    },
    [model, row, setExpandedList],
  );
  const open = useCallback((goalId: string) => options.onOpenGoal?.(goalId), [options.onOpenGoal]);
  const select = useCallback((goalId: string | null) => setSelectedId(goalId), [setSelectedId]);

  const typed = useRef({ text: '', at: 0 });
  const { cellCount, pageSize = 10 } = options;
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (model.state !== 'ready' || count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
      // Keys typed into a field inside a cell (none today, but hosts may render some) stay with the field.
      if ((event.target as HTMLElement).closest?.('input, textarea, select')) return;
      const { rows, graph } = model;
      const current: GoalTreeFocus = { row: activeIndex, cell: activeCell };
      const action = goalTreeKey(rows, current, event.key, {
        pageSize,
        cellCount: (r) => (cellCount ? cellCount(row(r)) : 0),
        direction,
      });
      switch (action.type) {
        case 'focus':
          focusRow(action.row, action.cell);
          break;
        case 'expand':
        case 'collapse':
          toggle(action.row);
          break;
        case 'expandRows': {
          const ids = action.rows.map((r) => graph.ids[rows.node[r]!]!);
          setExpandedList((previous) => addExpanded(previous, ids));
          break;
        }
        case 'open': {
          const id = row(action.row).id;
          select(id);
          open(id);
          break;
        }
        default: {
          if (event.key === ' ' && activeCell === -1) {
            select(row(activeIndex).id);
            break;
          }
          if (event.key.length !== 1 || event.key === ' ' || event.key === '*') return;
          const time = event.timeStamp;
          typed.current = {
            text: time - typed.current.at > TYPE_AHEAD_RESET_MS ? event.key : typed.current.text + event.key,
            at: time,
          };
          const found = typeAhead(
            (r) => (rows.node[r] === -1 ? '' : graph.goals[rows.node[r]!]!.title),
            rows.count,
            activeIndex,
            typed.current.text,
            locale,
          );
          if (found !== -1) focusRow(found);
        }
      }
      event.preventDefault();
    },
    [
      model,
      count,
      activeIndex,
      activeCell,
      pageSize,
      cellCount,
      row,
      direction,
      focusRow,
      toggle,
      setExpandedList,
      select,
      open,
      locale,
    ],
  );

  return {
    model,
    count,
    row,
    t,
    locale,
    direction,
    expanded,
    toggle,
    setExpanded: setExpandedIds,
    expandAll,
    collapseAll,
    expandingAll,
    bulkNotice,
    filter,
    setFilter,
    selectedId,
    select,
    activeIndex,
    activeCell,
    focusRow,
    onRowFocus,
    focusRequest,
    onKeyDown,
    open,
    version,
  };
}
