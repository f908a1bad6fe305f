import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollup } from './rollup.js';
import type { RollupMethod, RollupNode } from './rollup.types.js';

const METHODS: RollupMethod[] = ['weighted-mean', 'mean', 'min', 'max', 'sum'];

/** Random DAGs: node i may align to up to two earlier nodes, so there is never a cycle. */
const forest = fc
  .array(
    fc.record({
      parents: fc.array(fc.nat(), { maxLength: 2 }),
      // No subnormal weights: scaling one by 0.001 would underflow to 0 and legitimately change the result.
      weight: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 1e-3, max: 100, noNaN: true })),
      value: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null, freq: 4 }),
      method: fc.option(fc.constantFrom(...METHODS), { nil: undefined, freq: 3 }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((specs) =>
    specs.map((s, i): RollupNode => {
      const parentIdx = i === 0 ? [] : [...new Set(s.parents.map((p) => p % i))];
      return {
        id: `n${i}`,
        parents: parentIdx.map((p) => ({ id: `n${p}` })),
        weight: s.weight,
        value: s.value,
        ...(s.method ? { method: s.method } : {}),
      };
    }),
  );

/** An independent, obviously-correct oracle: repeated passes with child lists, no typed arrays. */
function oracle(nodes: RollupNode[], method: RollupMethod, zero: boolean): Map<string, number | null> {
  const children = new Map<string, { id: string; w: number }[]>();
  for (const n of nodes) children.set(n.id, []);
  for (const n of nodes)
    for (const p of n.parents ?? []) children.get(p.id)!.push({ id: n.id, w: p.weight ?? n.weight ?? 1 });
  const out = new Map<string, number | null>();
  // Nodes only align to earlier ones, so walking backwards visits children first.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    const kids = children.get(n.id)!;
    if (kids.length === 0) {
      out.set(n.id, n.value ?? null);
      continue;
    }
    const m = n.method ?? method;
    const live = kids.filter((k) => k.w > 0).map((k) => ({ w: k.w, v: out.get(k.id) ?? (zero ? 0 : null) }));
    const data = live.filter((k) => k.v !== null) as { w: number; v: number }[];
    if (data.length === 0) {
      out.set(n.id, null);
      continue;
    }
    const sw = data.reduce((a, k) => a + k.w, 0);
    const vs = data.map((k) => k.v);
    const value =
      m === 'weighted-mean'
        ? data.reduce((a, k) => a + k.w * k.v, 0) / sw
        : m === 'mean'
          ? vs.reduce((a, v) => a + v, 0) / vs.length
          : m === 'sum'
            ? data.reduce((a, k) => a + k.w * k.v, 0)
            : m === 'min'
              ? Math.min(...vs)
              : Math.max(...vs);
    out.set(n.id, sw === 0 && m === 'weighted-mean' ? null : value);
  }
  return out;
}

const sameOrBothNull = (a: number | null, b: number | null): boolean => a === b;

const close = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('rollup — invariants', () => {
  it('rollup matches an independent oracle for every method and missing policy', () => {
    fc.assert(
      fc.property(forest, fc.constantFrom(...METHODS), fc.boolean(), (nodes, method, zero) => {
        const r = rollup(nodes, { method, missing: zero ? 'zero' : 'skip' });
        const o = oracle(nodes, method, zero);
        return nodes.every((n) => close(r.value(n.id), o.get(n.id)!));
      }),
      { numRuns: 300 },
    );
  });

  it('rollup of values in [0, 1] with a mean-type method stays within [0, 1], coverage too', () => {
    fc.assert(
      fc.property(
        forest,
        fc.constantFrom<RollupMethod>('weighted-mean', 'mean', 'min', 'max'),
        (nodes, method) => {
          const plain = nodes.map(({ method: _m, ...n }) => n);
          const r = rollup(plain, { method });
          return plain.every((n) => {
            const v = r.value(n.id);
            const c = r.coverage(n.id);
            return (v === null || (v >= -1e-12 && v <= 1 + 1e-12)) && c >= 0 && c <= 1;
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rollup is independent of input order', () => {
    fc.assert(
      fc.property(
        forest.chain((nodes) =>
          fc.tuple(fc.constant(nodes), fc.shuffledSubarray(nodes, { minLength: nodes.length })),
        ),
        ([nodes, shuffled]) => {
          const a = rollup(nodes);
          const b = rollup(shuffled);
          return nodes.every(
            (n) => close(a.value(n.id), b.value(n.id)) && close(a.coverage(n.id), b.coverage(n.id)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rollup is unchanged when every weight is multiplied by the same constant', () => {
    fc.assert(
      fc.property(forest, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (nodes, k) => {
        const means = nodes.map(
          (n) => ({ ...n, method: n.method === 'sum' ? 'mean' : n.method }) as RollupNode,
        );
        const scaled = means.map((n) => ({ ...n, weight: (n.weight ?? 1) * k }));
        const a = rollup(means);
        const b = rollup(scaled);
        return means.every((n) => close(a.value(n.id), b.value(n.id)));
      }),
      { numRuns: 300 },
    );
  });

  it('set() then read equals a full recompute, over a sequence of updates', () => {
    fc.assert(
      fc.property(
        forest,
        fc.array(fc.tuple(fc.nat(), fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.boolean(),
        (nodes, updates, zero) => {
          const options = { missing: zero ? ('zero' as const) : ('skip' as const) };
          const r = rollup(nodes, options);
          const current = nodes.map((n) => ({ ...n }));
          const leaves = nodes.filter((n) => r.children(n.id).length === 0);
          for (const [pick, value] of updates) {
            const leaf = leaves[pick % leaves.length]!;
            const before = new Map(nodes.map((n) => [n.id, r.value(n.id)]));
            const changed = r.set(leaf.id, value);
            current.find((n) => n.id === leaf.id)!.value = value;
            const fresh = rollup(current, options);
            for (const n of nodes) {
              if (!close(r.value(n.id), fresh.value(n.id))) return false;
              if (!close(r.coverage(n.id), fresh.coverage(n.id))) return false;
              // Exactly the ids whose value changed are reported: none missing, none extra.
              const moved = !sameOrBothNull(before.get(n.id)!, r.value(n.id));
              if (moved !== changed.includes(n.id)) return false;
            }
          }
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('rollup — wide parents', () => {
  it('set() on a parent with 10,000 children stays exact after many updates', () => {
    const n = 10_000;
    const nodes: RollupNode[] = [{ id: 'root' }];
    for (let i = 0; i < n; i++)
      nodes.push({ id: `c${i}`, parentId: 'root', weight: 1 + (i % 7), value: (i % 10) / 10 });
    const r = rollup(nodes);
    for (let k = 0; k < 5_000; k++) {
      const i = (k * 7919) % n;
      const v = ((k * 31) % 100) / 100;
      r.set(`c${i}`, v);
      nodes[i + 1] = { ...nodes[i + 1]!, value: v };
    }
    expect(r.value('root')).toBeCloseTo(rollup(nodes).value('root')!, 12);
  });
});
