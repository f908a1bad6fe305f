import { OKR_BANDS, type Person } from '@northstar/core';
import { type ForwardedRef, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useFormatters } from '../i18n/useFormatters.js';
import { LazyPartView, lazyPart } from '../internal/lazyPart.js';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.js';
import { useStandaloneRoot } from '../internal/useStandaloneRoot.js';
import { whenIdle } from '../internal/whenIdle.js';
import { GoalTreeGrid, type GridMemory } from './GoalTreeGrid.js';
import { GoalTreeToolbar } from './GoalTreeToolbar.js';
import { movedEdges } from './goalEdits.js';
import type { GoalTreeColumnId, GoalTreeProps } from './goalTree.types.js';
import type { GoalTreeApi } from './useGoalTree.js';
import type { GoalTreeWrites } from './useGoalTreeWrites.js';

// The dialogs (with Radix) and drag and drop (dnd-kit) are chunks of their own, loaded on first use or while the
// page is idle, so a host's first load carries only the tree. Nothing of them renders on the server.
const checkInPart = lazyPart(() => import('./CheckInDialog.js').then((m) => m.CheckInDialog));
const alignPart = lazyPart(() => import('./AlignDialog.js').then((m) => m.AlignDialog));
type DndModule = typeof import('./GoalTreeDnd.js');
let dndModule: Promise<DndModule> | undefined;
const loadDnd = (): Promise<DndModule> => {
  dndModule ??= import('./GoalTreeDnd.js');
  return dndModule;
};

const DEFAULT_COLUMNS: readonly GoalTreeColumnId[] = ['progress', 'owner', 'due', 'weight', 'lastCheckIn'];
const COLUMN_IDS = new Set<string>(DEFAULT_COLUMNS);

/**
 * What the connected wrapper tells the view before the goals are there.
 *
 * @example
 * const state: GoalTreeLoadState = { kind: 'error', message: 'Network down', retry };
 */
export type GoalTreeLoadState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string; retry: () => void }
  | null;

/**
 * Props of {@link GoalTreeView}.
 *
 * @example
 * <GoalTreeView props={props} tree={tree} writes={writes} canCheckIn canAlign load={null} rootRef={ref} />
 */
export interface GoalTreeViewProps {
  props: GoalTreeProps;
  tree: GoalTreeApi;
  writes: GoalTreeWrites;
  canCheckIn: boolean;
  canAlign: boolean;
  load: GoalTreeLoadState;
  rootRef: ForwardedRef<HTMLDivElement>;
}

/**
 * The goal tree's markup over the hook: states, toolbar, the treegrid, the write banner and live region, the
 * check-in and align dialogs, and pointer drag and drop (dnd-kit) for re-aligning.
 *
 * @example
 * <GoalTreeView {...viewProps} />
 */
export function GoalTreeView({
  props,
  tree,
  writes,
  canCheckIn,
  canAlign,
  load,
  rootRef,
}: GoalTreeViewProps) {
  const {
    label,
    goals: _goals,
    people,
    cycles: _cycles,
    cycleId: _cycleId,
    rootId: _rootId,
    bands,
    columns: columnsProp,
    expanded: _expanded,
    defaultExpanded: _defaultExpanded,
    onExpandedChange: _onExpandedChange,
    selectedId: _selectedId,
    defaultSelectedId: _defaultSelectedId,
    onSelectedIdChange: _onSelectedIdChange,
    filter: _filter,
    defaultFilter: _defaultFilter,
    onFilterChange: _onFilterChange,
    onCheckIn: _onCheckIn,
    onCheckInRequest,
    onAlign: _onAlign,
    onOpenGoal: _onOpenGoal,
    readOnly: _readOnly,
    height = 480,
    toolbar = true,
    className,
    ...rest
  } = props;
  const { t, model } = tree;
  const formatters = useFormatters();
  const standaloneRoot = useStandaloneRoot();
  const columns = useMemo(
    () => (columnsProp ?? DEFAULT_COLUMNS).filter((c) => COLUMN_IDS.has(c)),
    [columnsProp],
  );

  const [checkInFor, setCheckInFor] = useState<string | undefined>(undefined);
  const [alignFor, setAlignFor] = useState<
    { goalId: string; fromParentId: string | undefined } | undefined
  >();
  const [notice, setNotice] = useState<string | null>(null);
  const graph = model.state === 'ready' ? model.graph : undefined;
  const titleOf = useCallback(
    (id: string | undefined) => {
      const at = id === undefined ? undefined : graph?.index.get(id);
      return at === undefined ? (id ?? '') : graph!.goals[at]!.title;
    },
    [graph],
  );

  const { status, setDraft } = writes;
  // A saved check-in's draft is done with; a failed one keeps it for Retry or Edit.
  useEffect(() => {
    if (status?.kind === 'checkIn' && status.state === 'success') setDraft(status.goalId, undefined);
  }, [status, setDraft]);

  // "All 100,000 goals expanded" goes to the live region once the rows are there (it commits with them).
  const bulkNotice = tree.bulkNotice;
  useEffect(() => {
    if (bulkNotice) setNotice(bulkNotice.text);
  }, [bulkNotice]);

  const owners = useMemo(() => ownersOf(graph?.goals ?? [], people), [graph, people]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `tree.version` moves when the saved value lands in the rollup.
  const announcement = useMemo(() => {
    if (notice) return notice;
    if (!status) return '';
    const title = titleOf(status.goalId);
    if (status.kind === 'checkIn') {
      if (status.state === 'pending') return t('goalTree.checkInSaving', { title });
      if (status.state === 'error')
        return t('goalTree.checkInFailed', { title, message: status.message ?? '' });
      const value = graph?.rollup.has(status.goalId) ? graph.rollup.value(status.goalId) : null;
      return t('goalTree.checkInSaved', {
        title,
        percent: value === null ? t('goalTree.noData') : formatters.percent(value),
      });
    }
    const parent = titleOf(status.parentId);
    if (status.state === 'pending') return t('goalTree.moving', { title, parent });
    if (status.state === 'error') return t('goalTree.moveFailed', { title, message: status.message ?? '' });
    return t('goalTree.moved', { title, parent });
  }, [notice, status, titleOf, t, graph, formatters, tree.version]);

  const alignTo = useCallback(
    (
      goalId: string,
      fromParentId: string | undefined,
      toParentId: string,
      weight: number | undefined,
    ): string | null => {
      const goal = graph?.goals[graph.index.get(goalId) ?? -1];
      if (!goal) return null;
      const edges = movedEdges(goal, fromParentId, toParentId);
      if (weight !== undefined) edges[0] = { id: toParentId, weight };
      const result = writes.align(goalId, edges);
      if (result.ok) {
        setNotice(null);
        setAlignFor(undefined);
        return null;
      }
      const message =
        result.code === 'CYCLE'
          ? t('goalTree.alignCycle', {
              title: goal.title,
              parent: titleOf(toParentId),
              cycle: result.message,
            })
          : result.message;
      setNotice(message);
      return message;
    },
    [graph, writes, t, titleOf],
  );

  // Pointer drag and drop, once its chunk is in. The chunk is fetched while the page is idle, but dnd-kit's context
  // only goes around the grid when a pointer first comes over a drag handle: wrapping remounts the grid (it keeps its
  // scroll position and focus, GoalTreeGrid's `memory`), and doing it then means no click on a row's buttons can
  // land on a row being replaced. The switch also waits while a pointer is pressed.
  const [dnd, setDnd] = useState<DndModule | null>(null);
  const [dropTarget, setDropTarget] = useState<{ key: string; refused: boolean } | null>(null);
  const gridMemory = useRef<GridMemory>({ scrollTop: 0, focused: false });
  const dndState = useRef<{ down: boolean; wanted: boolean; module: DndModule | null }>({
    down: false,
    wanted: false,
    module: null,
  });
  const wantDnd = canAlign && model.state === 'ready';
  const applyDnd = useCallback(() => {
    const state = dndState.current;
    if (state.wanted && state.module && !state.down) setDnd(() => state.module);
  }, []);
  const fetchDnd = useCallback(() => {
    loadDnd().then(
      (module) => {
        dndState.current.module = module;
        applyDnd();
      },
      () => {
        // Drag and drop stays off; "Align to…" still re-aligns.
        dndModule = undefined;
      },
    );
  }, [applyDnd]);
  useEffect(() => {
    if (!wantDnd || dnd) return;
    return whenIdle(fetchDnd);
  }, [wantDnd, dnd, fetchDnd]);
  const onPointerOver = (event: React.PointerEvent<HTMLDivElement>) => {
    rest.onPointerOver?.(event);
    if (dnd || !wantDnd || dndState.current.wanted) return;
    if (!(event.target as Element).closest?.('.ns-goal-tree-handle')) return;
    dndState.current.wanted = true;
    fetchDnd();
  };
  const onPointerDownCapture = (event: React.PointerEvent<HTMLDivElement>) => {
    rest.onPointerDownCapture?.(event);
    if (dnd || !wantDnd) return;
    dndState.current.down = true;
    if ((event.target as Element).closest?.('.ns-goal-tree-handle')) {
      dndState.current.wanted = true;
      fetchDnd();
    }
    const release = () => {
      window.removeEventListener('pointerup', release, true);
      window.removeEventListener('pointercancel', release, true);
      // After the click this release produces.
      setTimeout(() => {
        dndState.current.down = false;
        applyDnd();
      }, 0);
    };
    window.addEventListener('pointerup', release, true);
    window.addEventListener('pointercancel', release, true);
  };
  const onDrop = useCallback(
    (goalId: string, fromParentId: string | undefined, toParentId: string) =>
      void alignTo(goalId, fromParentId, toParentId, undefined),
    [alignTo],
  );

  // The dialogs mount on first use and stay mounted (their close animation and focus return need them).
  const [dialogs, setDialogs] = useState({ checkIn: false, align: false });
  const builtInCheckIn = canCheckIn && onCheckInRequest === undefined;
  useEffect(() => {
    if (!builtInCheckIn && !canAlign) return;
    return whenIdle(() => {
      // A failed fetch is retried when the dialog is first opened.
      if (builtInCheckIn) checkInPart.preload().catch(() => {});
      if (canAlign) alignPart.preload().catch(() => {});
    });
  }, [builtInCheckIn, canAlign]);

  // A host may hold a check-in request while the goals change; its `submit` writes through the latest tree.
  const latestCheckIn = useRef(writes.checkIn);
  useIsomorphicLayoutEffect(() => {
    latestCheckIn.current = writes.checkIn;
  });

  const refocus = (event: Event) => {
    event.preventDefault();
    tree.focusRow(tree.activeIndex, -1);
  };
  const showCheckIn = (goalId: string) => {
    setNotice(null);
    const goal = graph?.goals[graph.index.get(goalId) ?? -1];
    if (onCheckInRequest) {
      if (goal) onCheckInRequest({ goalId, goal, submit: (input) => latestCheckIn.current(goalId, input) });
      return;
    }
    setDialogs((previous) => (previous.checkIn ? previous : { ...previous, checkIn: true }));
    setCheckInFor(goalId);
  };
  const openCheckIn = (index: number) => showCheckIn(tree.row(index).id);
  const openAlign = (index: number) => {
    const row = tree.row(index);
    const parts = row.key.split('\u241f');
    setNotice(null);
    setDialogs((previous) => (previous.align ? previous : { ...previous, align: true }));
    setAlignFor({ goalId: row.id, fromParentId: parts.length > 1 ? parts[parts.length - 2] : undefined });
  };

  let body: React.ReactNode;
  let state = 'ready';
  if (load?.kind === 'loading') {
    state = 'loading';
    body = (
      <div className="ns-goal-tree-state" role="status">
        <span className="ns-goal-tree-spinner" aria-hidden="true" />
        {t('goalTree.loading')}
      </div>
    );
  } else if (load?.kind === 'error') {
    state = 'error';
    body = (
      <div className="ns-goal-tree-state" role="alert">
        <p>{t('goalTree.loadError', { message: load.message })}</p>
        <button type="button" className="ns-goal-tree-button" onClick={load.retry}>
          {t('goalTree.retry')}
        </button>
      </div>
    );
  } else if (model.state === 'invalid') {
    state = 'invalid';
    body = (
      <div className="ns-goal-tree-state" role="alert" data-code={model.problem.code}>
        {model.message}
      </div>
    );
  } else if (model.state === 'empty') {
    state = 'empty';
    body = (
      <div className="ns-goal-tree-state" role="status">
        {model.message}
      </div>
    );
  } else {
    const grid = (
      <GoalTreeGrid
        tree={tree}
        label={label}
        columns={columns}
        height={height}
        canCheckIn={canCheckIn}
        canAlign={canAlign}
        dndRow={canAlign && dnd ? dnd.GoalTreeDndRow : undefined}
        memory={gridMemory.current}
        dropTarget={dropTarget}
        onCheckIn={openCheckIn}
        onAlign={openAlign}
      />
    );
    body =
      canAlign && dnd ? (
        <dnd.GoalTreeDndContext
          graph={graph}
          t={t}
          titleOf={titleOf}
          onNotice={setNotice}
          onDropTarget={setDropTarget}
          onMove={onDrop}
        >
          {grid}
        </dnd.GoalTreeDndContext>
      ) : (
        grid
      );
  }

  const failed = status?.state === 'error' ? status : null;
  return (
    <div
      ref={rootRef}
      className={className ? `ns-goal-tree ${className}` : 'ns-goal-tree'}
      data-state={state}
      data-readonly={!canCheckIn && !canAlign ? '' : undefined}
      {...standaloneRoot}
      {...rest}
      onPointerDownCapture={onPointerDownCapture}
      onPointerOver={onPointerOver}
    >
      {toolbar && model.state === 'ready' ? (
        <div className="ns-goal-tree-bulk">
          <button
            type="button"
            className="ns-goal-tree-button"
            data-size="small"
            aria-disabled={tree.expandingAll || undefined}
            onClick={tree.expandingAll ? undefined : tree.expandAll}
          >
            {tree.expandingAll ? <span className="ns-goal-tree-spinner" aria-hidden="true" /> : null}
            {t('goalTree.expandAll')}
          </button>
          <button type="button" className="ns-goal-tree-button" data-size="small" onClick={tree.collapseAll}>
            {t('goalTree.collapseAll')}
          </button>
        </div>
      ) : null}
      {toolbar && model.state === 'ready' ? (
        <GoalTreeToolbar
          filter={tree.filter}
          onFilterChange={tree.setFilter}
          owners={owners}
          bands={bands ?? OKR_BANDS}
          matchText={model.matchText}
          label={label}
          t={t}
        />
      ) : null}
      {failed ? (
        <div className="ns-goal-tree-banner" role="alert">
          <p>{announcement}</p>
          {failed.retry ? (
            <button type="button" className="ns-goal-tree-button" onClick={failed.retry}>
              {t('goalTree.retry')}
            </button>
          ) : null}
          {failed.kind === 'checkIn' ? (
            <button type="button" className="ns-goal-tree-button" onClick={() => showCheckIn(failed.goalId)}>
              {t('goalTree.checkIn')}
            </button>
          ) : null}
          <button type="button" className="ns-goal-tree-button" onClick={writes.dismiss}>
            {t('goalTree.close')}
          </button>
        </div>
      ) : null}
      {body}
      <div className="ns-goal-tree-live ns-goal-tree-visually-hidden" role="status" aria-live="polite">
        {failed ? '' : announcement}
      </div>
      {dialogs.checkIn ? (
        <LazyPartView
          part={checkInPart}
          props={{
            goal: checkInFor === undefined ? undefined : graph?.goals[graph.index.get(checkInFor) ?? -1],
            draft: checkInFor === undefined ? undefined : writes.drafts.get(checkInFor),
            onDraftChange: (draft) => checkInFor !== undefined && writes.setDraft(checkInFor, draft),
            onSubmit: (current, note) => {
              if (checkInFor === undefined) return;
              // The banner shows a failure (and keeps the draft); nobody else awaits this one.
              writes.checkIn(checkInFor, note ? { current, note } : { current }).catch(() => {});
              setCheckInFor(undefined);
            },
            onOpenChange: (open) => !open && setCheckInFor(undefined),
            onCloseAutoFocus: refocus,
            t,
          }}
        />
      ) : null}
      {dialogs.align ? (
        <LazyPartView
          part={alignPart}
          props={{
            goalId: alignFor?.goalId,
            fromParentId: alignFor?.fromParentId,
            graph,
            onAlign: alignTo,
            onOpenChange: (open) => !open && setAlignFor(undefined),
            onCloseAutoFocus: refocus,
            t,
          }}
        />
      ) : null}
    </div>
  );
}

/** The owners of the goals (named from `people` where known), sorted by name, for the owner filter. */
function ownersOf(goals: readonly { ownerId?: string }[], people: readonly Person[] | undefined) {
  const names = new Map(people?.map((p) => [p.id, p.name]));
  const ids = new Set<string>();
  for (const goal of goals) if (goal.ownerId !== undefined) ids.add(goal.ownerId);
  return [...ids]
    .map((id) => ({ id, name: names.get(id) ?? id }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
