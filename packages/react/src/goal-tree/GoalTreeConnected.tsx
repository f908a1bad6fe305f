import type { Goal } from '@northstar/core';
import { type ForwardedRef, useCallback, useEffect, useMemo, useState } from 'react';
import { useAlignGoal } from '../data/useAlignGoal.js';
import { useCheckIn } from '../data/useCheckIn.js';
import { useGoalChildren } from '../data/useGoalChildren.js';
import { useGoals } from '../data/useGoals.js';
import { useControllableState } from '../internal/useControllableState.js';
import { rowActions } from './GoalTreeRowView.js';
import { type GoalTreeLoadState, GoalTreeView } from './GoalTreeView.js';
import type { GoalAlignEvent, GoalCheckInEvent, GoalTreeProps } from './goalTree.types.js';
import { useGoalPeople } from './useGoalPeople.js';
import { useGoalTree } from './useGoalTree.js';
import { useGoalTreeWrites } from './useGoalTreeWrites.js';

const NO_GOALS: readonly Goal[] = [];
const NO_IDS: readonly string[] = [];

type Branch = { state: 'loading' } | { state: 'done'; goals: Goal[] } | { state: 'error' };

/** Loads one lazy branch through the data layer and reports it up; renders nothing. */
function LazyBranch({
  parentId,
  onChange,
}: {
  parentId: string;
  onChange: (id: string, branch: Branch) => void;
}) {
  const query = useGoalChildren(parentId);
  const { data, isError } = query;
  useEffect(() => {
    onChange(
      parentId,
      data ? { state: 'done', goals: data } : isError ? { state: 'error' } : { state: 'loading' },
    );
  }, [parentId, data, isError, onChange]);
  return null;
}

/**
 * The connected goal tree: goals from `adapter.goals.list` (one cycle with `cycleId`), owner names from
 * `adapter.people`, lazy branches from `goals.listChildren`, check-ins and moves through `useCheckIn` /
 * `useAlignGoal` (optimistic, rolled back on failure, Retry with the same idempotency key); read-only when the
 * adapter cannot write.
 *
 * @example
 * <NorthstarProvider adapter={adapter}><GoalTreeConnected props={{ label: 'Goals' }} rootRef={null} /></NorthstarProvider>
 */
export function GoalTreeConnected({
  props,
  rootRef,
}: {
  props: GoalTreeProps;
  rootRef: ForwardedRef<HTMLDivElement>;
}) {
  const query = useGoals(props.cycleId === undefined ? {} : { cycleId: props.cycleId });
  const fetchedPeople = useGoalPeople(props.people === undefined);
  const people = props.people ?? fetchedPeople;
  const checkIn = useCheckIn();
  const align = useAlignGoal();
  const [expanded, setExpanded] = useControllableState<readonly string[]>({
    value: props.expanded,
    defaultValue: props.defaultExpanded ?? NO_IDS,
    onChange: props.onExpandedChange as ((next: readonly string[]) => void) | undefined,
    name: 'GoalTree.expanded',
  });

  const list = query.data ?? NO_GOALS;
  const [branches, setBranches] = useState<ReadonlyMap<string, Branch>>(() => new Map());
  const onBranch = useCallback((id: string, branch: Branch) => {
    setBranches((previous) => {
      const before = previous.get(id);
      if (
        before?.state === branch.state &&
        (before.state !== 'done' || before.goals === (branch as { goals: Goal[] }).goals)
      ) {
        return previous;
      }
      return new Map(previous).set(id, branch);
    });
  }, []);

  // Expanded goals that announce more children (`childCount`) than the list holds are lazy branches.
  const lazyIds = useMemo(() => {
    if (expanded.length === 0) return NO_IDS;
    const loaded = new Map<string, number>();
    const byId = new Map(list.map((goal) => [goal.id, goal]));
    for (const goal of list) {
      for (const parent of [goal.parentId, ...(goal.parents ?? []).map((e) => e.id)]) {
        if (parent) loaded.set(parent, (loaded.get(parent) ?? 0) + 1);
      }
    }
    return expanded.filter((id) => {
      const goal = byId.get(id);
      return goal?.childCount !== undefined && goal.childCount > (loaded.get(id) ?? 0);
    });
  }, [expanded, list]);

  const { goals, looseGoalIds, loadingChildren } = useMemo(() => {
    const ids = new Set(list.map((goal) => goal.id));
    const extra: Goal[] = [];
    const loading = new Set<string>();
    for (const [id, branch] of branches) {
      if (branch.state === 'loading') loading.add(id);
      if (branch.state !== 'done') continue;
      for (const goal of branch.goals) {
        if (!ids.has(goal.id)) {
          ids.add(goal.id);
          extra.push(goal);
        }
      }
    }
    for (const id of lazyIds) if (!branches.has(id)) loading.add(id);
    return {
      goals: extra.length === 0 ? list : [...list, ...extra],
      looseGoalIds: extra.length === 0 ? undefined : new Set(extra.map((goal) => goal.id)),
      loadingChildren: loading.size === 0 ? undefined : loading,
    };
  }, [list, branches, lazyIds]);

  const canCheckIn = checkIn.canWrite && props.readOnly !== true;
  const canAlign = align.canWrite && props.readOnly !== true;
  const { onCheckIn, onAlign } = props;
  const sendCheckIn = useCallback(
    async (event: GoalCheckInEvent & { idempotencyKey: string }) => {
      await checkIn.mutateAsync({
        goalId: event.goalId,
        input: event.input,
        idempotencyKey: event.idempotencyKey,
      });
      await onCheckIn?.(event);
    },
    [checkIn.mutateAsync, onCheckIn],
  );
  const sendAlign = useCallback(
    async (event: GoalAlignEvent & { idempotencyKey: string }) => {
      await align.mutateAsync({
        goalId: event.goalId,
        parents: event.parents,
        idempotencyKey: event.idempotencyKey,
      });
      await onAlign?.(event);
    },
    [align.mutateAsync, onAlign],
  );
  const writes = useGoalTreeWrites({
    goals,
    onCheckIn: canCheckIn ? sendCheckIn : undefined,
    onAlign: canAlign ? sendAlign : undefined,
    optimisticInCache: true,
  });
  const tree = useGoalTree({
    ...props,
    goals: writes.goals,
    people,
    expanded,
    onExpandedChange: setExpanded as (next: string[]) => void,
    looseGoalIds,
    loadingChildren,
    pageSize: Math.max(1, Math.floor((props.height ?? 480) / 52) - 1),
    cellCount: (row) => rowActions(row, canCheckIn, canAlign).length,
  });

  const { refetch } = query;
  const load: GoalTreeLoadState = query.data
    ? null
    : query.isError && !query.isFetching
      ? { kind: 'error', message: query.error?.message ?? '', retry: refetch }
      : { kind: 'loading' };
  return (
    <>
      {lazyIds.map((id) => (
        <LazyBranch key={id} parentId={id} onChange={onBranch} />
      ))}
      <GoalTreeView
        props={{ ...props, people }}
        tree={tree}
        writes={writes}
        canCheckIn={canCheckIn}
        canAlign={canAlign}
        load={load}
        rootRef={rootRef}
      />
    </>
  );
}
