import {
  type ClientRect,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { OKR_BANDS, type Person } from '@northstar/core';
import { type ForwardedRef, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useFormatters } from '../i18n/useFormatters.js';
import { useStandaloneRoot } from '../internal/useStandaloneRoot.js';
import { AlignDialog } from './AlignDialog.js';
import { CheckInDialog } from './CheckInDialog.js';
import { GoalTreeGrid } from './GoalTreeGrid.js';
import { GoalTreeToolbar } from './GoalTreeToolbar.js';
import { descendantsOf, movedEdges } from './goalEdits.js';
import type { GoalTreeColumnId, GoalTreeProps } from './goalTree.types.js';
import { goalIdOfKey } from './rowKeys.js';
import type { GoalTreeApi } from './useGoalTree.js';
import type { GoalTreeWrites } from './useGoalTreeWrites.js';

// Rows are placed with a transform by the virtualiser; dnd-kit's default droppable measure ignores transforms, which
// would stack every row at the top. Measure where they really are, and again as rows scroll in and out.
const MEASURING = {
  droppable: {
    strategy: MeasuringStrategy.Always,
    measure: (element: HTMLElement): ClientRect => {
      const { top, left, width, height, bottom, right } = element.getBoundingClientRect();
      return { top, left, width, height, bottom, right };
    },
  },
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

  // Pointer drag and drop: the row's key names it; dropping on a row aligns under that row's goal.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  // Read by dnd-kit's callbacks, which may be the ones from the render that started the drag: a ref, not state.
  const drag = useRef<{ key: string; blocked: Set<number> } | null>(null);
  const [dropTarget, setDropTarget] = useState<{ key: string; refused: boolean } | null>(null);
  const onDragStart = (event: DragStartEvent) => {
    const goalId = goalIdOfKey(String(event.active.id));
    if (!graph || goalId === undefined) return;
    const blocked = descendantsOf(graph, goalId);
    blocked.add(graph.index.get(goalId)!);
    drag.current = { key: String(event.active.id), blocked };
    setNotice(t('goalTree.dragStart', { title: titleOf(goalId) }));
  };
  const onDragOver = (event: DragOverEvent) => {
    const key = event.over ? String(event.over.id) : null;
    const targetId = key === null ? undefined : goalIdOfKey(key);
    const dragging = drag.current;
    if (!key || !graph || !dragging || targetId === undefined) {
      setDropTarget(null);
      return;
    }
    setDropTarget({ key, refused: dragging.blocked.has(graph.index.get(targetId)!) });
  };
  const onDragEnd = (event: DragEndEvent) => {
    const activeKey = String(event.active.id);
    const goalId = goalIdOfKey(activeKey);
    const overKey = event.over ? String(event.over.id) : undefined;
    const targetId = overKey === undefined ? undefined : goalIdOfKey(overKey);
    drag.current = null;
    setDropTarget(null);
    if (goalId === undefined || targetId === undefined || overKey === activeKey) {
      setNotice(t('goalTree.dragCancel', { title: titleOf(goalId) }));
      return;
    }
    const parts = activeKey.split('\u241f');
    alignTo(goalId, parts.length > 1 ? parts[parts.length - 2] : undefined, targetId, undefined);
  };

  const refocus = (event: Event) => {
    event.preventDefault();
    tree.focusRow(tree.activeIndex, -1);
  };
  const openCheckIn = (index: number) => {
    setNotice(null);
    setCheckInFor(tree.row(index).id);
  };
  const openAlign = (index: number) => {
    const row = tree.row(index);
    const parts = row.key.split('\u241f');
    setNotice(null);
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
        draggable={canAlign}
        dropTarget={dropTarget}
        onCheckIn={openCheckIn}
        onAlign={openAlign}
      />
    );
    body = canAlign ? (
      <DndContext
        sensors={sensors}
        measuring={MEASURING}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          drag.current = null;
          setDropTarget(null);
        }}
        accessibility={{
          screenReaderInstructions: { draggable: t('goalTree.dragInstructions') },
          announcements: {
            onDragStart: ({ active }) =>
              t('goalTree.dragStart', { title: titleOf(goalIdOfKey(String(active.id))) }),
            onDragOver: ({ active, over }) =>
              over
                ? t('goalTree.dragOver', {
                    title: titleOf(goalIdOfKey(String(active.id))),
                    parent: titleOf(goalIdOfKey(String(over.id))),
                  })
                : undefined,
            onDragEnd: () => undefined,
            onDragCancel: ({ active }) =>
              t('goalTree.dragCancel', { title: titleOf(goalIdOfKey(String(active.id))) }),
          },
        }}
      >
        {grid}
      </DndContext>
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
            <button
              type="button"
              className="ns-goal-tree-button"
              onClick={() => setCheckInFor(failed.goalId)}
            >
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
      <CheckInDialog
        goal={checkInFor === undefined ? undefined : graph?.goals[graph.index.get(checkInFor) ?? -1]}
        draft={checkInFor === undefined ? undefined : writes.drafts.get(checkInFor)}
        onDraftChange={(draft) => checkInFor !== undefined && writes.setDraft(checkInFor, draft)}
        onSubmit={(current, note) => {
          if (checkInFor === undefined) return;
          writes.checkIn(checkInFor, note ? { current, note } : { current });
          setCheckInFor(undefined);
        }}
        onOpenChange={(open) => !open && setCheckInFor(undefined)}
        onCloseAutoFocus={refocus}
        t={t}
      />
      <AlignDialog
        goalId={alignFor?.goalId}
        fromParentId={alignFor?.fromParentId}
        graph={graph}
        onAlign={alignTo}
        onOpenChange={(open) => !open && setAlignFor(undefined)}
        onCloseAutoFocus={refocus}
        t={t}
      />
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
