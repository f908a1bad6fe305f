import { progress, rollup } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import { withCheckIn, withParents } from '../data/goalRecords.js';
import { buildGoalGraph, leafProgress } from './buildGoalGraph.js';
import { descendantsOf, movedEdges, planAlignment, replaceGoal } from './goalEdits.js';
import { generatedGoals, smallOrg } from './goalTreeTestKit.js';
import { updateGoalGraph } from './updateGoalGraph.js';

const meta = { id: 'pending', at: '2026-10-01T09:00:00.000Z' };

function graphOf(goals = smallOrg()) {
  const built = buildGoalGraph(goals);
  if (!built.ok) throw new Error(built.problem.message);
  return built.graph;
}

describe('optimistic check-in through Rollup.set', () => {
  it('updates the key result and its path to the root, matching a full recompute', () => {
    const goals = smallOrg();
    const graph = graphOf(goals);
    const kr1 = goals.find((g) => g.id === 'kr1')!;
    const next = replaceGoal(goals, withCheckIn(kr1, { current: 10, note: 'Closed' }, meta));
    const changed = updateGoalGraph(graph, next);
    expect(changed?.sort()).toEqual(['kr1', 'o1']);
    const full = rollup(
      next.map((g) => ({ id: g.id, parentId: g.parentId, parents: g.parents, value: leafProgress(g) })),
    );
    for (const g of next) expect(graph.rollup.value(g.id)).toBe(full.value(g.id));
    expect(graph.goals.find((g) => g.id === 'kr1')!.checkIns).toEqual([
      { id: 'pending', goalId: 'kr1', at: meta.at, current: 10, note: 'Closed' },
    ]);
  });

  it('rolls back to the previous value when the old list comes back', () => {
    const goals = smallOrg();
    const graph = graphOf(goals);
    const before = graph.rollup.value('o1');
    const kr1 = goals.find((g) => g.id === 'kr1')!;
    updateGoalGraph(graph, replaceGoal(goals, withCheckIn(kr1, { current: 0 }, meta)));
    expect(graph.rollup.value('o1')).not.toBe(before);
    updateGoalGraph(graph, goals);
    expect(graph.rollup.value('o1')).toBe(before);
  });

  it('asks for a rebuild when the shape changes', () => {
    const goals = smallOrg();
    const graph = graphOf(goals);
    const t1 = goals.find((g) => g.id === 't1')!;
    expect(updateGoalGraph(graph, replaceGoal(goals, withParents(t1, [{ id: 'o2' }])))).toBeNull();
    expect(updateGoalGraph(graph, goals.slice(1))).toBeNull();
  });

  it('sets a binary key result to done', () => {
    const goal = { id: 'b', title: 'B', metric: { kind: 'binary' as const, done: false } };
    expect(progress(withCheckIn(goal, { current: 1 }, meta).metric!)).toBe(1);
  });

  it('touches only the path on 100,000 goals', () => {
    const goals = generatedGoals(100_000);
    const graph = graphOf(goals);
    const leaf = goals[goals.length - 1]!;
    const changed = updateGoalGraph(graph, replaceGoal(goals, withCheckIn(leaf, { current: 100 }, meta)));
    expect(changed!.length).toBeLessThanOrEqual(6);
  }, 60_000);
});

describe('re-alignment', () => {
  it('refuses with core CYCLE a move under one of its own descendants, before any request', () => {
    const goals = smallOrg();
    const plan = planAlignment(goals, 'o1', [{ id: 'kr3' }]);
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.problem.code).toBe('CYCLE');
      expect(plan.problem.message).toContain('kr3');
    }
    expect(planAlignment(goals, 't1', [{ id: 't1' }]).ok).toBe(false);
  });

  it('builds the re-aligned tree when the move is fine', () => {
    const plan = planAlignment(smallOrg(), 't1', [{ id: 'o2', weight: 3 }]);
    expect(plan.ok).toBe(true);
    if (plan.ok) {
      expect(plan.graph.children[plan.graph.index.get('o2')!]!.map((c) => plan.graph.ids[c])).toEqual([
        't1',
        's',
      ]);
      expect(plan.goals.find((g) => g.id === 't1')).toMatchObject({ parents: [{ id: 'o2', weight: 3 }] });
      expect(plan.goals.find((g) => g.id === 't1')!.parentId).toBeUndefined();
    }
  });

  it('lists the descendants a goal cannot move under', () => {
    const graph = graphOf();
    const ids = [...descendantsOf(graph, 'o1')].map((n) => graph.ids[n]).sort();
    expect(ids).toEqual(['kr1', 'kr2', 'kr3', 's', 't1']);
  });

  it('moves one edge of a multi-parent goal and keeps the other', () => {
    const s = smallOrg().find((g) => g.id === 's')!;
    expect(movedEdges(s, 'o2', 't1')).toEqual([
      { id: 't1', weight: 1 },
      { id: 'o1', weight: 2 },
    ]);
  });
});
