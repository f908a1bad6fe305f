import { describe, expect, it } from 'vitest';
import { errorOf } from '../internal/errorOf.js';
import { rollup } from './rollup.js';
import type { RollupNode } from './rollup.types.js';

describe('rollup — values', () => {
  it('rollup of children weighted by value ($100k, $20k, $1k) is not the plain average', () => {
    const r = rollup([
      { id: 'q3-revenue' },
      { id: 'deal-a', parentId: 'q3-revenue', weight: 100_000, value: 1 },
      { id: 'deal-b', parentId: 'q3-revenue', weight: 20_000, value: 0.5 },
      { id: 'deal-c', parentId: 'q3-revenue', weight: 1_000, value: 0 },
    ]);
    // (100000·1 + 20000·0.5 + 1000·0) / 121000
    expect(r.value('q3-revenue')).toBeCloseTo(110_000 / 121_000, 12);
    expect(r.value('q3-revenue')).not.toBeCloseTo(0.5, 2);
  });
  it('rollup keeps weights below 1 (0.25 and 0.75 are not dropped or rounded)', () => {
    const r = rollup([
      { id: 'p' },
      { id: 'a', parentId: 'p', weight: 0.25, value: 1 },
      { id: 'b', parentId: 'p', weight: 0.75, value: 0 },
    ]);
    expect(r.value('p')).toBeCloseTo(0.25, 12);
  });
  it('rollup of a three-level tree aggregates bottom-up whatever the input order', () => {
    const nodes: RollupNode[] = [
      { id: 'kr2', parentId: 'team', value: 0 },
      { id: 'team', parentId: 'company' },
      { id: 'kr1', parentId: 'team', value: 1 },
      { id: 'company' },
      { id: 'other', parentId: 'company', value: 0.5 },
    ];
    const r = rollup(nodes);
    expect(r.value('team')).toBe(0.5);
    expect(r.value('company')).toBe(0.5);
    expect(r.roots()).toEqual(['company']);
  });
  it('rollup lets a goal align to two parents with per-edge weights', () => {
    const r = rollup([
      { id: 'growth' },
      { id: 'retention' },
      { id: 'onboarding', parents: [{ id: 'growth', weight: 3 }, { id: 'retention' }], value: 1 },
      { id: 'ads', parentId: 'growth', value: 0 },
      { id: 'support', parentId: 'retention', value: 0 },
    ]);
    expect(r.value('growth')).toBeCloseTo(0.75, 12); // 3·1 / (3 + 1)
    expect(r.value('retention')).toBeCloseTo(0.5, 12); // 1·1 / (1 + 1)
    expect(r.parents('onboarding')).toEqual([
      { id: 'growth', weight: 3 },
      { id: 'retention', weight: 1 },
    ]);
  });
  it.each([
    ['mean', 0.5],
    ['min', 0],
    ['max', 1],
    ['sum', 3 * 1 + 1 * 0 + 1 * 0.5],
    ['weighted-mean', 3.5 / 5],
  ] as const)('rollup with method %s gives %d', (method, expected) => {
    const r = rollup(
      [
        { id: 'p' },
        { id: 'a', parentId: 'p', weight: 3, value: 1 },
        { id: 'b', parentId: 'p', value: 0 },
        { id: 'c', parentId: 'p', value: 0.5 },
      ],
      { method },
    );
    expect(r.value('p')).toBeCloseTo(expected, 12);
  });
  it('rollup lets a node override the default method', () => {
    const r = rollup([
      { id: 'compliance', method: 'min' },
      { id: 'a', parentId: 'compliance', value: 1 },
      { id: 'b', parentId: 'compliance', value: 0.2 },
    ]);
    expect(r.value('compliance')).toBe(0.2);
  });
});

describe('rollup — missing data', () => {
  const nodes: RollupNode[] = [
    { id: 'p' },
    { id: 'a', parentId: 'p', weight: 1, value: 0.8 },
    { id: 'b', parentId: 'p', weight: 3, value: null },
  ];
  it('rollup with missing "skip" leaves out children without data and renormalises', () => {
    const r = rollup(nodes);
    expect(r.value('p')).toBe(0.8);
    expect(r.coverage('p')).toBe(0.25);
  });
  it('rollup with missing "zero" counts children without data as 0', () => {
    const r = rollup(nodes, { missing: 'zero' });
    expect(r.value('p')).toBeCloseTo(0.2, 12);
    expect(r.coverage('p')).toBe(0.25);
  });
  it('rollup with all children missing is null (no data), never 0', () => {
    const r = rollup([{ id: 'p' }, { id: 'a', parentId: 'p' }, { id: 'b', parentId: 'p', value: null }]);
    expect(r.value('p')).toBeNull();
    expect(r.coverage('p')).toBe(0);
  });
  it('rollup coverage of a leaf is 1 with a value and 0 without', () => {
    const r = rollup(nodes);
    expect(r.coverage('a')).toBe(1);
    expect(r.coverage('b')).toBe(0);
  });
  it('rollup ignores a zero-weight child in every method', () => {
    const r = rollup([
      { id: 'p', method: 'min' },
      { id: 'a', parentId: 'p', value: 0.9 },
      { id: 'b', parentId: 'p', weight: 0, value: 0 },
    ]);
    expect(r.value('p')).toBe(0.9);
  });
});

describe('rollup — set()', () => {
  const build = () =>
    rollup([
      { id: 'company' },
      { id: 'team', parentId: 'company' },
      { id: 'kr1', parentId: 'team', value: 0.2 },
      { id: 'kr2', parentId: 'team', value: 0.4 },
      { id: 'other', parentId: 'company', value: 1 },
    ]);
  it('set() returns the ids whose value changed, leaf first', () => {
    const r = build();
    expect(r.set('kr1', 0.6)).toEqual(['kr1', 'team', 'company']);
    expect(r.value('team')).toBeCloseTo(0.5, 12);
    expect(r.value('company')).toBeCloseTo(0.75, 12);
  });
  it('set() to the same value changes nothing', () => {
    expect(build().set('kr1', 0.2)).toEqual([]);
  });
  it("set() to null removes the leaf from its parent's data", () => {
    const r = build();
    r.set('kr1', null);
    expect(r.value('team')).toBe(0.4);
    expect(r.coverage('team')).toBe(0.5);
    r.set('kr2', null);
    expect(r.value('team')).toBeNull();
    expect(r.value('company')).toBe(1);
  });
  it('set() on a node with children throws INVALID_VALUE', () => {
    expect(errorOf(() => build().set('team', 1)).code).toBe('INVALID_VALUE');
  });
  it('set() on an unknown id throws UNKNOWN_ID naming it', () => {
    const e = errorOf(() => build().set('nope', 1));
    expect(e.code).toBe('UNKNOWN_ID');
    expect(e.message).toContain('"nope"');
  });
  it('set() updates a min parent when its minimum child rises', () => {
    const r = rollup([
      { id: 'p', method: 'min' },
      { id: 'a', parentId: 'p', value: 0.1 },
      { id: 'b', parentId: 'p', value: 0.5 },
    ]);
    r.set('a', 0.9);
    expect(r.value('p')).toBe(0.5);
  });
  it('set() through a diamond (two paths to one ancestor) matches a fresh rollup', () => {
    const nodes: RollupNode[] = [
      { id: 'top' },
      { id: 'l', parentId: 'top' },
      { id: 'r', parentId: 'top', weight: 2 },
      { id: 'leaf', parents: [{ id: 'l' }, { id: 'r', weight: 5 }], value: 0 },
      { id: 'x', parentId: 'l', value: 1 },
      { id: 'y', parentId: 'r', value: 1 },
    ];
    const r = rollup(nodes);
    r.set('leaf', 1);
    const fresh = rollup(nodes.map((n) => (n.id === 'leaf' ? { ...n, value: 1 } : n)));
    for (const id of ['top', 'l', 'r']) expect(r.value(id)).toBeCloseTo(fresh.value(id)!, 12);
  });
});

describe('rollup — bad input', () => {
  it('rollup with a duplicate id throws DUPLICATE_ID naming it', () => {
    const e = errorOf(() => rollup([{ id: 'a' }, { id: 'b' }, { id: 'a' }]));
    expect(e.code).toBe('DUPLICATE_ID');
    expect(e.details.id).toBe('a');
  });
  it('rollup with an unknown parent throws UNKNOWN_PARENT naming child and parent', () => {
    const e = errorOf(() => rollup([{ id: 'a', parentId: 'ghost' }]));
    expect(e.code).toBe('UNKNOWN_PARENT');
    expect(e.message).toContain('"a"');
    expect(e.message).toContain('"ghost"');
  });
  it('rollup with a cycle throws CYCLE listing the ids on it', () => {
    const e = errorOf(() =>
      rollup([
        { id: 'root' },
        { id: 'a', parentId: 'c' },
        { id: 'b', parentId: 'a' },
        { id: 'c', parentId: 'b' },
        { id: 'd', parentId: 'root', value: 1 },
      ]),
    );
    expect(e.code).toBe('CYCLE');
    expect(new Set(e.details.cycle)).toEqual(new Set(['a', 'b', 'c']));
    expect(e.details.cycle!.length).toBe(4);
  });
  it('rollup with a cycle through a second parent edge throws CYCLE', () => {
    const e = errorOf(() =>
      rollup(
        [
          { id: 'a' },
          { id: 'b', parentId: 'a' },
          { id: 'c', parentId: 'b' },
          { id: 'a2', parents: [{ id: 'c' }] },
          { id: 'x', parents: [{ id: 'a2' }, { id: 'b' }] },
          { id: 'b2', parents: [{ id: 'x' }] },
          { id: 'c2', parents: [{ id: 'b2' }, { id: 'x' }] },
        ]
          .concat([{ id: 'loop', parents: [{ id: 'c2' }, { id: 'a' }] }])
          .map((n) => (n.id === 'x' ? { ...n, parents: [...n.parents!, { id: 'loop' }] } : n)),
      ),
    );
    expect(e.code).toBe('CYCLE');
    expect(e.details.cycle).toContain('x');
  });
  it('rollup with a node that is its own parent throws CYCLE', () => {
    expect(errorOf(() => rollup([{ id: 'a', parentId: 'a' }])).code).toBe('CYCLE');
  });
  it.each([
    ['negative', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
  ])('rollup with a %s weight throws INVALID_WEIGHT naming the node', (_label, weight) => {
    const e = errorOf(() => rollup([{ id: 'p' }, { id: 'bad-weight', parentId: 'p', weight, value: 1 }]));
    expect(e.code).toBe('INVALID_WEIGHT');
    expect(e.details.id).toBe('bad-weight');
  });
  it('rollup with a negative per-edge weight names the edge', () => {
    const e = errorOf(() => rollup([{ id: 'p' }, { id: 'c', parents: [{ id: 'p', weight: -2 }] }]));
    expect(e.code).toBe('INVALID_WEIGHT');
    expect(e.details.field).toBe('parents[0].weight');
  });
  it.each([Number.NaN, Number.NEGATIVE_INFINITY, '0.5'])(
    'rollup with value %s throws INVALID_VALUE',
    (value) => {
      const e = errorOf(() => rollup([{ id: 'v', value: value as number }]));
      expect(e.code).toBe('INVALID_VALUE');
      expect(e.details.id).toBe('v');
    },
  );
  it('rollup with a missing id throws INVALID_ID naming the index', () => {
    const e = errorOf(() => rollup([{ id: 'ok' }, { id: '' }]));
    expect(e.code).toBe('INVALID_ID');
    expect(e.message).toContain('index 1');
  });
  it('rollup with an unknown method throws INVALID_OPTION', () => {
    expect(errorOf(() => rollup([{ id: 'a', method: 'median' as never }])).code).toBe('INVALID_OPTION');
    expect(errorOf(() => rollup([], { missing: 'drop' as never })).code).toBe('INVALID_OPTION');
  });
  it('rollup of an empty list is an empty rollup', () => {
    expect(rollup([]).size).toBe(0);
  });
  it('rollup of a chain one million deep works without recursion', () => {
    const n = 1_000_000;
    const nodes: RollupNode[] = new Array(n);
    for (let i = 0; i < n; i++)
      nodes[i] = { id: `n${i}`, parentId: i === 0 ? null : `n${i - 1}`, value: i === n - 1 ? 0.25 : null };
    const r = rollup(nodes);
    expect(r.value('n0')).toBe(0.25);
    expect(r.set(`n${n - 1}`, 0.5)).toHaveLength(n);
    expect(r.value('n0')).toBe(0.5);
    expect(r.toArray()[n - 1]!.depth).toBe(n - 1);
  });
  it('rollup of a cycle one million long reports CYCLE without overflowing the stack', () => {
    const n = 1_000_000;
    const nodes: RollupNode[] = new Array(n);
    for (let i = 0; i < n; i++) nodes[i] = { id: `n${i}`, parentId: `n${(i + 1) % n}` };
    const e = errorOf(() => rollup(nodes));
    expect(e.code).toBe('CYCLE');
    expect(e.details.cycle).toHaveLength(n + 1);
  });
});
