import { describe, expect, it } from 'vitest';
import { buildGoalGraph } from './buildGoalGraph.js';
import { addExpanded, expandAllIds } from './expandAllIds.js';
import { enFormat, generatedGoals, keyTranslate, smallOrg } from './goalTreeTestKit.js';
import { resolveGoalTree } from './resolveGoalTree.js';

function graphOf(goals: ReturnType<typeof smallOrg>) {
  const built = buildGoalGraph(goals);
  if (!built.ok) throw new Error(built.problem.message);
  return built.graph;
}

describe('expandAllIds', () => {
  it('lists every goal with loaded children, and expanding them shows every goal under each of its parents', () => {
    const goals = smallOrg();
    const { ids, goalCount } = expandAllIds(graphOf(goals));
    expect(ids).toEqual(['o1', 't1', 'o2']);
    expect(goalCount).toBe(7);
    const expanded = new Set(ids);
    const model = resolveGoalTree({
      goals,
      t: keyTranslate,
      format: enFormat(),
      isExpanded: (id) => expanded.has(id),
    });
    if (model.state !== 'ready') throw new Error(model.state);
    const shown = Array.from({ length: model.rows.count }, (_, i) => model.describe(i).id);
    // The shared goal s shows under o1 and under o2.
    expect(shown).toEqual(['o1', 'kr1', 'kr2', 't1', 'kr3', 's', 'o2', 's']);
  });

  it('keeps to the subtree under rootId, each goal once even when reached through two parents', () => {
    const goals = smallOrg();
    expect(expandAllIds(graphOf(goals), 't1')).toEqual({ ids: ['t1'], goalCount: 2 });
    expect(expandAllIds(graphOf(goals), 'o1')).toEqual({ ids: ['o1', 't1'], goalCount: 6 });
    expect(expandAllIds(graphOf(goals), 'kr1')).toEqual({ ids: [], goalCount: 1 });
    expect(expandAllIds(graphOf(goals), 'unknown')).toEqual({ ids: [], goalCount: 0 });
  });

  it('leaves lazy branches (children announced, none loaded) closed, so no request fires per branch', () => {
    const goals = [
      { id: 'o', title: 'Objective' },
      { id: 'lazy', title: 'Lazy team', parentId: 'o', childCount: 40 },
    ];
    expect(expandAllIds(graphOf(goals)).ids).toEqual(['o']);
  });

  it('opens all of 100,000 goals: every goal becomes a visible row, depth first', () => {
    const goals = generatedGoals(100_000);
    const graph = graphOf(goals);
    const { ids, goalCount } = expandAllIds(graph);
    expect(goalCount).toBe(100_000);
    const parents = new Set(goals.map((g) => g.parentId));
    expect(ids.length).toBe(goals.filter((g) => parents.has(g.id)).length);
    const expanded = new Set(ids);
    const model = resolveGoalTree({
      goals,
      graph,
      t: keyTranslate,
      format: enFormat(),
      isExpanded: (id) => expanded.has(id),
    });
    if (model.state !== 'ready') throw new Error(model.state);
    expect(model.rows.count).toBe(100_000);
    expect(new Set(model.rows.node).size).toBe(100_000);
    // The last row is the last goal reached by always taking the last child, from the last objective down.
    let last = graph.roots.at(-1)!;
    while (graph.children[last]!.length > 0) last = graph.children[last]!.at(-1)!;
    expect(model.describe(model.rows.count - 1).id).toBe(graph.ids[last]);
  }, 60_000);
});

describe('addExpanded', () => {
  it('adds only new ids, in order, and returns the same list when nothing is new', () => {
    const previous = ['a', 'b'];
    expect(addExpanded(previous, ['b', 'c', 'c', 'd'])).toEqual(['a', 'b', 'c', 'd']);
    expect(addExpanded(previous, ['a'])).toBe(previous);
  });
});
