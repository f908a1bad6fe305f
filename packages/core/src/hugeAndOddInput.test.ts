// Inputs at the edges of what JavaScript numbers and call sites allow must end in a NorthstarError or a finite
// answer — never NaN, Infinity or a TypeError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter, createTestAdapter } from './adapter/index.js';
import { calibrate } from './calibration/index.js';
import {
  composeScore,
  convertScale,
  denormalize,
  kpiAttainment,
  lookup,
  NorthstarError,
  normalize,
  progress,
  rollup,
  rollupColumns,
} from './index.js';

/** Runs fn; returns its number result, or the NorthstarError code it threw. Anything else fails the test. */
function outcome(fn: () => number | null): number | null | string {
  try {
    return fn();
  } catch (e) {
    if (e instanceof NorthstarError) return e.code;
    throw e;
  }
}

const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
const finiteOrError = (x: number | null | string) =>
  typeof x === 'string' || x === null || Number.isFinite(x);

describe('huge but finite numbers', () => {
  it('progress over any finite doubles is finite or a NorthstarError', () => {
    fc.assert(
      fc.property(anyFinite, anyFinite, anyFinite, (start, target, current) => {
        fc.pre(start !== target);
        return finiteOrError(outcome(() => progress({ start, target, current })));
      }),
      { numRuns: 1000 },
    );
  });
  it('kpiAttainment over any finite doubles is finite or a NorthstarError', () => {
    fc.assert(
      fc.property(
        anyFinite,
        anyFinite,
        anyFinite,
        fc.constantFrom('higher-is-better', 'lower-is-better', 'target-range'),
        (actual, target, bound, direction) =>
          finiteOrError(
            outcome(() =>
              kpiAttainment({
                actual,
                target,
                min: Math.min(bound, target),
                max: Math.max(bound, target),
                direction: direction as never,
              }),
            ),
          ),
      ),
      { numRuns: 1000 },
    );
  });
  it('progress with a span that overflows throws INVALID_METRIC instead of returning NaN', () => {
    expect(outcome(() => progress({ start: -1e308, target: 1e308, current: 1e308 }))).toBe('INVALID_METRIC');
  });
  it('a scale too wide to compute with is INVALID_SCALE, and so is a step too small for it', () => {
    expect(outcome(() => normalize(1e308, { min: -1e308, max: 1e308 }))).toBe('INVALID_SCALE');
    expect(outcome(() => normalize(1, { min: 0, max: 1, step: 1e-320 }))).toBe('INVALID_SCALE');
  });
  it('lookup interpolating between rows far apart stays finite or throws', () => {
    expect(
      outcome(() =>
        lookup(
          0,
          [
            { at: -1e308, value: 0 },
            { at: 1.5e308, value: 1 },
          ],
          { interpolate: 'linear' },
        ),
      ),
    ).toBe('INVALID_VALUE');
    expect(
      lookup(
        0,
        [
          { at: -1e300, value: -1e300 },
          { at: 1e300, value: 1e300 },
        ],
        { interpolate: 'linear' },
      ),
    ).toBe(0);
  });
  it('composeScore with weights that overflow when summed throws INVALID_WEIGHT', () => {
    expect(outcome(() => composeScore({ a: 1, b: 1 }, { a: 1e308, b: 1e308 }).score)).toBe('INVALID_WEIGHT');
  });
  it('rollup rejects values and weights above 1e150 so no sum can overflow', () => {
    expect(
      outcome(() => rollup([{ id: 'p' }, { id: 'a', parentId: 'p', weight: 1e308, value: 1 }]).value('p')),
    ).toBe('INVALID_WEIGHT');
    expect(outcome(() => rollup([{ id: 'a', value: 1e200 }]).value('a'))).toBe('INVALID_VALUE');
    expect(
      outcome(() => rollupColumns({ parent: Int32Array.of(-1), value: Float64Array.of(1e200) }).value[0]!),
    ).toBe('INVALID_VALUE');
  });
  it('set() after removing a child that dwarfed its 99 siblings matches a full recompute', () => {
    const nodes = [
      { id: 'p' },
      ...Array.from({ length: 100 }, (_, i) => ({ id: `c${i}`, parentId: 'p', value: i === 0 ? 1e20 : 0.5 })),
    ];
    const r = rollup(nodes);
    r.set('c0', 0);
    // (0 + 99 · 0.5) / 100
    expect(r.value('p')).toBeCloseTo(0.495, 12);
  });
});

describe('odd call sites', () => {
  it('a frozen object that is not a scale is validated, not trusted', () => {
    expect(outcome(() => normalize(3, Object.freeze({ min: 0, max: 0 })))).toBe('INVALID_SCALE');
    expect(outcome(() => normalize(3, null as never))).toBe('INVALID_SCALE');
    expect(outcome(() => denormalize(0.5, undefined as never))).toBe('INVALID_SCALE');
    expect(outcome(() => convertScale(3, { min: 1, max: 5 }, Object.freeze({ min: 10, max: 0 })))).toBe(
      'INVALID_SCALE',
    );
  });
  it('null options mean defaults; non-object options are INVALID_OPTION', () => {
    expect(rollup([{ id: 'a', value: 1 }], null as never).value('a')).toBe(1);
    expect(outcome(() => rollup([{ id: 'a', value: 1 }], 'fast' as never).value('a'))).toBe('INVALID_OPTION');
    expect(composeScore({ a: 1 }, { a: 1 }, null as never).score).toBe(1);
    expect(lookup(1, [{ at: 0, value: 2 }], null as never)).toBe(2);
    expect(calibrate([{ id: 'r', raterId: 'm', score: 3 }], null as never)[0]!.calibrated).toBe(3);
    expect(outcome(() => calibrate([{ id: 'r', raterId: 'm', score: 3 }], 5 as never)[0]!.calibrated)).toBe(
      'INVALID_OPTION',
    );
    expect(() => createMemoryAdapter(null as never)).not.toThrow();
    expect(() => createTestAdapter(null as never)).not.toThrow();
  });
  it('composeScore does not mistake an inherited name for a weight', () => {
    expect(outcome(() => composeScore({ toString: 5 } as never, { a: 1 }).score)).toBe('INVALID_WEIGHT');
  });
  it('a target-range KPI never scores above its cap outside the range', () => {
    expect(kpiAttainment({ actual: 100, min: 95, max: 100, cap: 0.5, direction: 'target-range' })).toBe(0.5);
    expect(kpiAttainment({ actual: 100.1, min: 95, max: 100, cap: 0.5, direction: 'target-range' })).toBe(
      0.5,
    );
  });
  it('a CYCLE message stays short for a million-node ring, with every id in details', () => {
    const n = 1_000_000;
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, parentId: `n${(i + 1) % n}` }));
    try {
      rollup(nodes);
      expect.unreachable();
    } catch (e) {
      const error = e as NorthstarError;
      expect(error.message.length).toBeLessThan(300);
      expect(error.message).toContain('1000000 nodes on the cycle');
      expect(error.details.cycle).toHaveLength(n + 1);
    }
  });
  it('rollupColumns reports the node indexes on a cycle', () => {
    try {
      rollupColumns({ parent: Int32Array.of(-1, 3, 1, 2, 0), value: new Float64Array(5) });
      expect.unreachable();
    } catch (e) {
      expect((e as NorthstarError).code).toBe('CYCLE');
      expect(new Set((e as NorthstarError).details.cycle)).toEqual(new Set(['1', '2', '3']));
    }
  });
});
