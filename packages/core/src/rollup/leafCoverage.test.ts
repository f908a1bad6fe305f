import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollup } from './rollup.js';
import { rollupColumns } from './rollupColumns.js';

// Independent reference: a leaf's share of the root is the product of its edges' weight shares on the way down;
// leaf coverage is the sum of those shares over leaves with data (computed by recursion over explicit child lists).
function referenceLeafCoverage(parent: number[], weight: number[], hasData: boolean[], node: number): number {
  const kids = parent.flatMap((p, i) => (p === node && weight[i]! > 0 ? [i] : []));
  if (parent.every((p) => p !== node)) return hasData[node] ? 1 : 0;
  const total = kids.reduce((a, k) => a + weight[k]!, 0);
  if (total === 0) return 0;
  return kids.reduce(
    (a, k) => a + (weight[k]! / total) * referenceLeafCoverage(parent, weight, hasData, k),
    0,
  );
}

describe('leaf coverage', () => {
  it('rollup(company → a (2 KRs with data), b (1 of 4 KRs with data)).leafCoverage → 5/8, coverage 1', () => {
    const r = rollup([
      { id: 'company' },
      { id: 'a', parentId: 'company' },
      { id: 'b', parentId: 'company' },
      { id: 'a1', parentId: 'a', value: 0.5 },
      { id: 'a2', parentId: 'a', value: 1 },
      { id: 'b1', parentId: 'b', value: 0.2 },
      { id: 'b2', parentId: 'b' },
      { id: 'b3', parentId: 'b' },
      { id: 'b4', parentId: 'b' },
    ]);
    expect(r.coverage('company')).toBe(1);
    // (1 · 1 + 1 · 1/4) / 2 = 5/8
    expect(r.leafCoverage('company')).toBe(0.625);
    expect(r.leafCoverage('b')).toBe(0.25);
    expect(r.leafCoverage('b2')).toBe(0);
    expect(r.toArray()[0]).toMatchObject({ id: 'company', coverage: 1, leafCoverage: 0.625 });
  });

  it('a zero-weight child under mean leaves leaf coverage like the value (rollup agrees with rollupColumns)', () => {
    const r = rollup([
      { id: 'p', method: 'mean' },
      { id: 'a', parentId: 'p', weight: 0 },
      { id: 'b', parentId: 'p', value: 1 },
    ]);
    expect(r.value('p')).toBe(1);
    expect(r.leafCoverage('p')).toBe(1);
    const columns = rollupColumns(
      {
        parent: Int32Array.from([-1, 0, 0]),
        weight: Float64Array.from([1, 0, 1]),
        value: Float64Array.from([Number.NaN, Number.NaN, 1]),
      },
      { method: 'mean', leafCoverage: true },
    );
    expect(columns.leafCoverage?.[0]).toBe(1);
  });

  it('leafCoverage after set(leaf, value) → follows the new data', () => {
    const r = rollup([{ id: 'g' }, { id: 'k1', parentId: 'g', value: 1 }, { id: 'k2', parentId: 'g' }]);
    expect(r.leafCoverage('g')).toBe(0.5);
    r.set('k2', 0.3);
    expect(r.leafCoverage('g')).toBe(1);
    r.set('k1', null);
    expect(r.leafCoverage('g')).toBe(0.5);
  });

  it('rollup and rollupColumns leaf coverage → equal the path-product reference on random weighted trees', () => {
    const treeArb = fc
      .integer({ min: 1, max: 30 })
      .chain((n) =>
        fc.tuple(
          fc.tuple(
            ...Array.from({ length: n }, (_, i) =>
              i === 0 ? fc.constant(-1) : fc.integer({ min: 0, max: i - 1 }),
            ),
          ),
          fc.array(fc.constantFrom(0, 0.5, 1, 2, 3), { minLength: n, maxLength: n }),
          fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(treeArb, ([parent, weight, hasData]) => {
        const nodes = parent.map((p, i) => ({
          id: `n${i}`,
          ...(p === -1 ? {} : { parentId: `n${p}` }),
          weight: weight[i]!,
          value: hasData[i] ? 0.5 : null,
        }));
        const r = rollup(nodes);
        const cols = rollupColumns(
          {
            parent: Int32Array.from(parent),
            value: Float64Array.from(hasData, (d) => (d ? 0.5 : Number.NaN)),
            weight: Float64Array.from(weight),
          },
          { leafCoverage: true },
        );
        for (let i = 0; i < parent.length; i++) {
          const expected = referenceLeafCoverage(parent, weight, hasData, i);
          expect(r.leafCoverage(`n${i}`)).toBeCloseTo(expected, 12);
          expect(cols.leafCoverage![i]).toBeCloseTo(expected, 12);
        }
      }),
      { numRuns: 200 },
    );
  });
});
