import { describe, expect, it } from 'vitest';
import { buildGoalGraph } from './buildGoalGraph.js';
import { flattenGoalTree } from './flattenGoalTree.js';
import { type GoalTreeFocus, goalTreeKey, siblingRows, typeAhead } from './goalTreeKeys.js';
import { smallOrg } from './goalTreeTestKit.js';

function rowsFor(expanded: string[]) {
  const built = buildGoalGraph(smallOrg());
  if (!built.ok) throw new Error(built.problem.message);
  const rows = flattenGoalTree(built.graph, { isExpanded: (id) => expanded.includes(id) });
  const ids = rows.node.map((n) => built.graph.ids[n]);
  return { rows, ids, graph: built.graph };
}

const opts = { pageSize: 3, cellCount: () => 2 };
const at = (row: number, cell = -1): GoalTreeFocus => ({ row, cell });

describe('goalTreeKey (WAI-ARIA treegrid)', () => {
  it('moves up and down a row at a time and stops at the ends', () => {
    const { rows } = rowsFor(['o1']);
    expect(goalTreeKey(rows, at(0), 'ArrowDown', opts)).toEqual({ type: 'focus', row: 1, cell: -1 });
    expect(goalTreeKey(rows, at(1), 'ArrowUp', opts)).toEqual({ type: 'focus', row: 0, cell: -1 });
    expect(goalTreeKey(rows, at(0), 'ArrowUp', opts)).toEqual({ type: 'none' });
    expect(goalTreeKey(rows, at(rows.count - 1), 'ArrowDown', opts)).toEqual({ type: 'none' });
  });

  it('Right expands a collapsed row, then goes to its first child, then into the row cells', () => {
    const closed = rowsFor([]);
    expect(goalTreeKey(closed.rows, at(0), 'ArrowRight', opts)).toEqual({ type: 'expand', row: 0 });
    const open = rowsFor(['o1']);
    expect(goalTreeKey(open.rows, at(0), 'ArrowRight', opts)).toEqual({ type: 'focus', row: 1, cell: -1 });
    // kr1 is a leaf: Right enters its buttons, one by one.
    expect(goalTreeKey(open.rows, at(1), 'ArrowRight', opts)).toEqual({ type: 'focus', row: 1, cell: 0 });
    expect(goalTreeKey(open.rows, at(1, 0), 'ArrowRight', opts)).toEqual({ type: 'focus', row: 1, cell: 1 });
    expect(goalTreeKey(open.rows, at(1, 1), 'ArrowRight', opts)).toEqual({ type: 'none' });
  });

  it('Left leaves the cells, collapses an expanded row, then goes to the parent', () => {
    const { rows, ids } = rowsFor(['o1', 't1']);
    expect(goalTreeKey(rows, at(1, 1), 'ArrowLeft', opts)).toEqual({ type: 'focus', row: 1, cell: 0 });
    expect(goalTreeKey(rows, at(1, 0), 'ArrowLeft', opts)).toEqual({ type: 'focus', row: 1, cell: -1 });
    const t1 = ids.indexOf('t1');
    expect(goalTreeKey(rows, at(t1), 'ArrowLeft', opts)).toEqual({ type: 'collapse', row: t1 });
    expect(goalTreeKey(rows, at(t1 + 1), 'ArrowLeft', opts)).toEqual({ type: 'focus', row: t1, cell: -1 });
    expect(goalTreeKey(rows, at(0), 'ArrowLeft', opts)).toEqual({ type: 'collapse', row: 0 });
    const top = rowsFor([]);
    expect(goalTreeKey(top.rows, at(0), 'ArrowLeft', opts)).toEqual({ type: 'none' });
  });

  it('swaps Left and Right in right-to-left layouts', () => {
    const { rows } = rowsFor([]);
    expect(goalTreeKey(rows, at(0), 'ArrowLeft', { ...opts, direction: 'rtl' })).toEqual({
      type: 'expand',
      row: 0,
    });
    expect(goalTreeKey(rows, at(0), 'ArrowRight', { ...opts, direction: 'rtl' })).toEqual({ type: 'none' });
  });

  it('Home, End, PageUp and PageDown jump and clamp', () => {
    const { rows } = rowsFor(['o1', 't1', 'o2']);
    const last = rows.count - 1;
    expect(goalTreeKey(rows, at(4), 'Home', opts)).toEqual({ type: 'focus', row: 0, cell: -1 });
    expect(goalTreeKey(rows, at(0), 'End', opts)).toEqual({ type: 'focus', row: last, cell: -1 });
    expect(goalTreeKey(rows, at(0), 'PageDown', opts)).toEqual({ type: 'focus', row: 3, cell: -1 });
    expect(goalTreeKey(rows, at(last - 1), 'PageDown', opts)).toEqual({ type: 'focus', row: last, cell: -1 });
    expect(goalTreeKey(rows, at(2), 'PageUp', opts)).toEqual({ type: 'focus', row: 0, cell: -1 });
  });

  it('* expands every collapsed sibling of the focused row', () => {
    const { rows, ids } = rowsFor(['o1']);
    expect(siblingRows(rows, ids.indexOf('kr2')).map((r) => ids[r])).toEqual(['kr1', 'kr2', 't1', 's']);
    expect(goalTreeKey(rows, at(1), '*', opts)).toEqual({ type: 'expandRows', rows: [ids.indexOf('t1')] });
    const top = rowsFor([]);
    expect(goalTreeKey(top.rows, at(0), '*', opts)).toEqual({ type: 'expandRows', rows: [0, 1] });
  });

  it('Enter opens the goal of the focused row, not from inside a cell', () => {
    const { rows } = rowsFor([]);
    expect(goalTreeKey(rows, at(1), 'Enter', opts)).toEqual({ type: 'open', row: 1 });
    expect(goalTreeKey(rows, at(1, 0), 'Enter', opts)).toEqual({ type: 'none' });
  });
});

describe('typeAhead', () => {
  const titles = ['Grow revenue', 'Reach 10 deals', 'Renew contracts', 'Évaluer', 'Retain'];
  const title = (row: number) => titles[row]!;
  it('finds the next title starting with the typed text, wrapping, ignoring case and accents', () => {
    expect(typeAhead(title, titles.length, 0, 'ren')).toBe(2);
    expect(typeAhead(title, titles.length, 0, 'r')).toBe(1);
    expect(typeAhead(title, titles.length, 1, 'r')).toBe(2);
    expect(typeAhead(title, titles.length, 4, 'r')).toBe(1);
    expect(typeAhead(title, titles.length, 0, 'eva')).toBe(3);
    expect(typeAhead(title, titles.length, 0, 'zz')).toBe(-1);
  });
});
