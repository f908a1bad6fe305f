import type { Band } from '@northstar/core';
import { bandOf } from '@northstar/core';
import type { GoalGraph } from './goalGraph.types.js';
import type { GoalTreeFilter } from './goalTree.types.js';

/**
 * The visible rows of the tree as parallel arrays (a million rows stay a handful of flat arrays; a row's full view
 * model is built only while it is on screen, by `describeGoalRow`). A row's `node` is its goal's position in the
 * graph, or -1 for the "loading…" row of a lazy branch.
 *
 * @example
 * const rows: GoalTreeRows = flattenGoalTree(graph, { isExpanded: (id) => id === 'g-0001' });
 * rows.level[0]; // 1
 */
export interface GoalTreeRows {
  count: number;
  node: number[];
  /** Row index of the parent row, -1 for top-level rows. */
  parentRow: number[];
  /** aria-level: 1 for top-level rows. */
  level: number[];
  setsize: number[];
  posinset: number[];
  /** The weight of the edge to the parent row's goal (its share in that parent), NaN for top-level rows. */
  edgeWeight: number[];
  /** 1 when the row can be expanded (children loaded or announced by `childCount`). */
  expandable: Uint8Array;
  expanded: Uint8Array;
  /** 1 for an ancestor shown only because a descendant matches the filter (greyed). */
  dimmed: Uint8Array;
  /** Distinct goals matching the filter (every goal without one). */
  matchCount: number;
  filtering: boolean;
}

/**
 * What {@link flattenGoalTree} needs besides the graph.
 *
 * @example
 * const options: FlattenOptions = { isExpanded: (id) => expanded.has(id), filter: { text: 'churn' } };
 */
export interface FlattenOptions {
  isExpanded: (goalId: string) => boolean;
  filter?: GoalTreeFilter;
  /** Show only this goal and what aligns under it. */
  rootId?: string;
  /** Bands for the band filter (default core's OKR_BANDS). */
  bands?: readonly Band[];
  /** Goals whose children are being fetched: expanded, they show a loading row. */
  isLoadingChildren?: (goalId: string) => boolean;
  locale?: string;
}

/** Whether a filter asks for anything. */
export function isFilterActive(filter: GoalTreeFilter | undefined): boolean {
  if (!filter) return false;
  return (
    (filter.text !== undefined && filter.text.trim() !== '') ||
    (filter.ownerIds !== undefined && filter.ownerIds.length > 0) ||
    (filter.bandIds !== undefined && filter.bandIds.length > 0) ||
    (filter.levels !== undefined && filter.levels.length > 0)
  );
}

/** The band id of a goal's rolled-up value, `none` without data (so "no data" can be filtered for too). */
export function bandIdOf(value: number | null, bands: readonly Band[]): string {
  if (value === null) return 'none';
  return bandOf(value, bands)?.id ?? 'none';
}

/** 1 for goals matching every part of the filter. */
function matchGoals(graph: GoalGraph, filter: GoalTreeFilter, bands: readonly Band[], locale: string) {
  const text = filter.text?.trim().toLocaleLowerCase(locale) ?? '';
  const owners = filter.ownerIds?.length ? new Set(filter.ownerIds) : undefined;
  const bandIds = filter.bandIds?.length ? new Set(filter.bandIds) : undefined;
  const levels = filter.levels?.length ? new Set<string>(filter.levels) : undefined;
  const match = new Uint8Array(graph.goals.length);
  let count = 0;
  graph.goals.forEach((goal, i) => {
    if (text && !goal.title.toLocaleLowerCase(locale).includes(text)) return;
    if (owners && (goal.ownerId === undefined || !owners.has(goal.ownerId))) return;
    if (levels && (goal.level === undefined || !levels.has(goal.level))) return;
    if (bandIds && !bandIds.has(bandIdOf(graph.rollup.value(goal.id), bands))) return;
    match[i] = 1;
    count += 1;
  });
  return { match, count };
}

/** Marks every ancestor (through every parent edge) of the matches; returns 1 = shown. */
function withAncestors(graph: GoalGraph, match: Uint8Array): Uint8Array {
  const shown = match.slice();
  const stack: number[] = [];
  for (let i = 0; i < match.length; i += 1) if (match[i]) stack.push(i);
  while (stack.length > 0) {
    const at = stack.pop()!;
    for (const p of graph.parents[at]!) {
      if (!shown[p]) {
        shown[p] = 1;
        stack.push(p);
      }
    }
  }
  return shown;
}

/**
 * Flattens the tree into the rows on screen, depth first: children of expanded goals follow their parent; a goal
 * aligned to several parents appears under each. With a filter, matching goals show with their ancestors (dimmed),
 * which open automatically. Iterative, so any depth works.
 *
 * @example
 * const rows = flattenGoalTree(graph, { isExpanded: () => true, filter: { text: 'churn' } });
 * rows.matchCount; // 3
 */
export function flattenGoalTree(graph: GoalGraph, options: FlattenOptions): GoalTreeRows {
  const filtering = isFilterActive(options.filter);
  const bands = options.bands ?? [];
  let match: Uint8Array | undefined;
  let shown: Uint8Array | undefined;
  let matchCount = graph.goals.length;
  if (filtering) {
    const found = matchGoals(graph, options.filter!, bands, options.locale ?? 'en');
    match = found.match;
    matchCount = found.count;
    shown = withAncestors(graph, match);
  }
  const rows = {
    node: [] as number[],
    parentRow: [] as number[],
    level: [] as number[],
    setsize: [] as number[],
    posinset: [] as number[],
    edgeWeight: [] as number[],
    expandable: [] as number[],
    expanded: [] as number[],
    dimmed: [] as number[],
  };
  const visibleChildren = (at: number): number[] => {
    const list = graph.children[at]!;
    if (!shown) return list.map((_, k) => k);
    const out: number[] = [];
    list.forEach((child, k) => {
      if (shown![child]) out.push(k);
    });
    return out;
  };

  // Stack of frames: the parent row, its child positions still to emit (as edge indexes) and where we are.
  interface Frame {
    parentRow: number;
    parentNode: number;
    edges: number[];
    next: number;
    level: number;
    loading: boolean;
  }
  const stack: Frame[] = [];
  let top: number[];
  if (options.rootId !== undefined) {
    const root = graph.index.get(options.rootId);
    top = root === undefined || (shown && !shown[root]) ? [] : [root];
  } else {
    top = shown ? graph.roots.filter((r) => shown![r]) : graph.roots;
  }
  const emit = (
    node: number,
    parentRow: number,
    level: number,
    setsize: number,
    pos: number,
    weight: number,
  ) => {
    const row = rows.node.length;
    const goal = graph.goals[node]!;
    const loaded = graph.children[node]!.length;
    const edges = shown ? visibleChildren(node) : undefined;
    // Filtering opens every ancestor of a match; a match's own hidden children do not make it expandable.
    const expandable = edges ? edges.length > 0 : loaded > 0 || (goal.childCount ?? 0) > loaded;
    const expanded = expandable && (edges !== undefined || options.isExpanded(goal.id));
    rows.node.push(node);
    rows.parentRow.push(parentRow);
    rows.level.push(level);
    rows.setsize.push(setsize);
    rows.posinset.push(pos);
    rows.edgeWeight.push(weight);
    rows.expandable.push(expandable ? 1 : 0);
    rows.expanded.push(expanded ? 1 : 0);
    rows.dimmed.push(shown && !match![node] ? 1 : 0);
    if (expanded) {
      const lazyMore = !shown && (goal.childCount ?? 0) > loaded;
      const loading = lazyMore && (options.isLoadingChildren?.(goal.id) ?? false);
      stack.push({
        parentRow: row,
        parentNode: node,
        edges: edges ?? visibleChildren(node),
        next: 0,
        level: level + 1,
        loading,
      });
    }
  };
  top.forEach((node, k) => {
    emit(node, -1, 1, top.length, k + 1, Number.NaN);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const size = frame.edges.length + (frame.loading ? 1 : 0);
      if (frame.next < frame.edges.length) {
        const edge = frame.edges[frame.next]!;
        frame.next += 1;
        const child = graph.children[frame.parentNode]![edge]!;
        emit(
          child,
          frame.parentRow,
          frame.level,
          size,
          frame.next,
          graph.childWeights[frame.parentNode]![edge]!,
        );
        continue;
      }
      stack.pop();
      if (frame.loading) {
        rows.node.push(-1);
        rows.parentRow.push(frame.parentRow);
        rows.level.push(frame.level);
        rows.setsize.push(size);
        rows.posinset.push(size);
        rows.edgeWeight.push(Number.NaN);
        rows.expandable.push(0);
        rows.expanded.push(0);
        rows.dimmed.push(0);
      }
    }
  });
  return {
    count: rows.node.length,
    node: rows.node,
    parentRow: rows.parentRow,
    level: rows.level,
    setsize: rows.setsize,
    posinset: rows.posinset,
    edgeWeight: rows.edgeWeight,
    expandable: Uint8Array.from(rows.expandable),
    expanded: Uint8Array.from(rows.expanded),
    dimmed: Uint8Array.from(rows.dimmed),
    matchCount,
    filtering,
  };
}
