import { type ForwardedRef, forwardRef } from 'react';
import { GoalTreeConnected } from './GoalTreeConnected.js';
import { rowActions } from './GoalTreeRowView.js';
import { GoalTreeView } from './GoalTreeView.js';
import type { GoalTreeProps } from './goalTree.types.js';
import { useGoalTree } from './useGoalTree.js';
import { useGoalTreeWrites } from './useGoalTreeWrites.js';

/**
 * The aligned goal tree: company objectives down to key results in a WAI-ARIA treegrid, each row with its
 * rolled-up progress (ONE core rollup), band, owner, due date, weight and last check-in; virtualised to a million
 * rows; check-ins and re-alignment (keyboard dialog or pointer drag) with core's cycle check before anything is
 * sent. Controlled with `goals`; connected (the provider's adapter) without it.
 *
 * @example
 * <GoalTree goals={goals} label="Company goals" />
 * <NorthstarProvider adapter={adapter}><GoalTree label="Company goals" cycleId="2026-h2" /></NorthstarProvider>
 */
export const GoalTree = forwardRef<HTMLDivElement, GoalTreeProps>(function GoalTree(props, ref) {
  // Two components so the connected hooks never run (or need a provider) for a controlled tree.
  return props.goals === undefined ? (
    <GoalTreeConnected props={props} rootRef={ref} />
  ) : (
    <ControlledGoalTree props={props} rootRef={ref} />
  );
});

function ControlledGoalTree({
  props,
  rootRef,
}: {
  props: GoalTreeProps;
  rootRef: ForwardedRef<HTMLDivElement>;
}) {
  const canCheckIn = props.onCheckIn !== undefined && props.readOnly !== true;
  const canAlign = props.onAlign !== undefined && props.readOnly !== true;
  const writes = useGoalTreeWrites({
    goals: props.goals ?? [],
    onCheckIn: canCheckIn ? props.onCheckIn : undefined,
    onAlign: canAlign ? props.onAlign : undefined,
  });
  const tree = useGoalTree({
    ...props,
    goals: writes.goals,
    pageSize: Math.max(1, Math.floor((props.height ?? 480) / 52) - 1),
    cellCount: (row) => rowActions(row, canCheckIn, canAlign).length,
  });
  return (
    <GoalTreeView
      props={props}
      tree={tree}
      writes={writes}
      canCheckIn={canCheckIn}
      canAlign={canAlign}
      load={null}
      rootRef={rootRef}
    />
  );
}
