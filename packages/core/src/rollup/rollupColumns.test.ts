import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../internal/errorOf.js';
import { rollup } from './rollup.js';
import type { RollupMethod } from './rollup.types.js';
import { rollupColumns } from './rollupColumns.js';

describe('rollupColumns', () => {
  it('rollupColumns weighs children and treats NaN as no data', () => {
    const { value, coverage } = rollupColumns(
      {
        parent: Int32Array.of(1, -1, 1, 1),
        value: Float64Array.of(1, Number.NaN, 0, Number.NaN),
        weight: Float64Array.of(3, 1, 1, 4),
      },
      { coverage: true },
    );
    expect(value[1]).toBeCloseTo(0.75, 12); // (3·1 + 1·0) / 4, the NaN child skipped
    expect(coverage![1]).toBeCloseTo(0.5, 12); // 4 of 8 weight had data
    expect(value[3]).toBeNaN();
  });
  it('rollupColumns leaves coverage out unless asked', () => {
    expect(
      rollupColumns({ parent: Int32Array.of(-1, 0), value: Float64Array.of(Number.NaN, 1) }).coverage,
    ).toBeUndefined();
  });
  it('rollupColumns with a cycle throws CYCLE', () => {
    expect(codeOf(() => rollupColumns({ parent: Int32Array.of(-1, 2, 1), value: new Float64Array(3) }))).toBe(
      'CYCLE',
    );
  });
  it('rollupColumns with an out-of-range parent throws UNKNOWN_PARENT naming the node', () => {
    expect(() => rollupColumns({ parent: Int32Array.of(-1, 7), value: new Float64Array(2) })).toThrow(
      /node 1/,
    );
  });
  it('rollupColumns with a negative weight throws INVALID_WEIGHT', () => {
    expect(
      codeOf(() =>
        rollupColumns({
          parent: Int32Array.of(-1, 0),
          value: new Float64Array(2),
          weight: Float64Array.of(1, -1),
        }),
      ),
    ).toBe('INVALID_WEIGHT');
  });
  it('rollupColumns with an infinite value throws INVALID_VALUE', () => {
    expect(
      codeOf(() =>
        rollupColumns({ parent: Int32Array.of(-1, 0), value: Float64Array.of(0, Number.POSITIVE_INFINITY) }),
      ),
    ).toBe('INVALID_VALUE');
  });
  it('rollupColumns with mismatched lengths throws INVALID_OPTION', () => {
    expect(codeOf(() => rollupColumns({ parent: Int32Array.of(-1, 0), value: new Float64Array(3) }))).toBe(
      'INVALID_OPTION',
    );
  });
  it('rollupColumns agrees with rollup() on random single-parent trees for every method', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.double({ min: 0, max: 10, noNaN: true }),
            fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
          ),
          { minLength: 1, maxLength: 50 },
        ),
        fc.constantFrom<RollupMethod>('weighted-mean', 'mean', 'min', 'max', 'sum'),
        fc.boolean(),
        fc.boolean(),
        (specs, method, zero, withCoverage) => {
          const n = specs.length;
          const parent = new Int32Array(n);
          const value = new Float64Array(n);
          const weight = new Float64Array(n);
          specs.forEach(([p, w, v], i) => {
            parent[i] = i === 0 ? -1 : p % i;
            weight[i] = w;
            value[i] = v ?? Number.NaN;
          });
          const options = { method, missing: zero ? ('zero' as const) : ('skip' as const) };
          const cols = rollupColumns({ parent, value, weight }, { ...options, coverage: withCoverage });
          const r = rollup(
            specs.map(([, w, v], i) => ({
              id: `n${i}`,
              parentId: i === 0 ? null : `n${parent[i]}`,
              weight: w,
              value: v,
            })),
            options,
          );
          for (let i = 0; i < n; i++) {
            const a = cols.value[i]!;
            const b = r.value(`n${i}`);
            if (b === null ? a === a : Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))) return false;
            if (withCoverage && Math.abs(cols.coverage![i]! - r.coverage(`n${i}`)) > 1e-9) return false;
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});
