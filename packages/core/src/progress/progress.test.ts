import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../internal/errorOf.js';
import { progress } from './progress.js';

describe('progress — linear', () => {
  it('progress of an increase goal 0 → 10 at 4 is 0.4', () => {
    expect(progress({ start: 0, target: 10, current: 4 })).toBeCloseTo(0.4, 12);
  });
  it('progress of a reduction goal 200 → 0 at 100 is 0.5', () => {
    expect(progress({ start: 200, target: 0, current: 100 })).toBe(0.5);
  });
  it('progress of a key result 50 → 100 still at 50 is 0', () => {
    expect(progress({ start: 50, target: 100, current: 50 })).toBe(0);
  });
  it('progress moving the wrong way clamps to 0', () => {
    expect(progress({ start: 8, target: 4, current: 9 })).toBe(0);
  });
  it('progress beyond target is capped at 1 by default and at cap when cap > 1', () => {
    expect(progress({ start: 0, target: 10, current: 15 })).toBe(1);
    expect(progress({ start: 0, target: 10, current: 15, cap: 1.2 })).toBeCloseTo(1.2, 12);
    expect(progress({ start: 0, target: 10, current: 11, cap: 1.2 })).toBeCloseTo(1.1, 12);
  });
  it('progress without a current value is null, not 0', () => {
    expect(progress({ start: 0, target: 10 })).toBeNull();
    expect(progress({ start: 0, target: 10, current: null })).toBeNull();
  });
  it('progress with start === target uses the explicit direction', () => {
    expect(progress({ start: 0, target: 0, current: 0, direction: 'decrease' })).toBe(1);
    expect(progress({ start: 0, target: 0, current: 3, direction: 'decrease' })).toBe(0);
    expect(progress({ start: 5, target: 5, current: 6, direction: 'increase' })).toBe(1);
    expect(progress({ start: 5, target: 5, current: 4, direction: 'increase' })).toBe(0);
  });
  it('progress with start === target and no direction throws INVALID_METRIC naming "direction"', () => {
    expect(() => progress({ start: 3, target: 3, current: 3 })).toThrow(/"direction"/);
    expect(codeOf(() => progress({ start: 3, target: 3, current: 3 }))).toBe('INVALID_METRIC');
  });
  it.each([
    ['start', { start: Number.NaN, target: 1, current: 0 }],
    ['target', { start: 0, target: Number.POSITIVE_INFINITY, current: 0 }],
    ['current', { start: 0, target: 1, current: Number.NEGATIVE_INFINITY }],
    ['cap', { start: 0, target: 1, current: 0, cap: Number.NaN }],
  ])('progress with a non-finite %s throws INVALID_METRIC naming it', (field, metric) => {
    expect(codeOf(() => progress(metric))).toBe('INVALID_METRIC');
    expect(() => progress(metric)).toThrow(`"${field}"`);
  });
  it('progress rejects a string current instead of coercing it', () => {
    expect(codeOf(() => progress({ start: 0, target: 1, current: '0.5' as unknown as number }))).toBe(
      'INVALID_METRIC',
    );
  });
});

describe('progress — binary and range', () => {
  it('progress of a binary metric is 1 when done, 0 when not, null when unknown', () => {
    expect(progress({ kind: 'binary', done: true })).toBe(1);
    expect(progress({ kind: 'binary', done: false })).toBe(0);
    expect(progress({ kind: 'binary' })).toBeNull();
  });
  it('progress of a range metric is 1 inside [min, max], inclusive of the bounds', () => {
    expect(progress({ kind: 'range', min: 95, max: 105, current: 95 })).toBe(1);
    expect(progress({ kind: 'range', min: 95, max: 105, current: 105 })).toBe(1);
  });
  it('progress of a range metric falls linearly over the tolerance outside the range', () => {
    // 108 is 3 above max; 1 − 3/10 = 0.7
    expect(progress({ kind: 'range', min: 95, max: 105, current: 108, tolerance: 10 })).toBeCloseTo(0.7, 12);
    // 90 is 5 below min; 1 − 5/10 = 0.5
    expect(progress({ kind: 'range', min: 95, max: 105, current: 90, tolerance: 10 })).toBeCloseTo(0.5, 12);
    expect(progress({ kind: 'range', min: 95, max: 105, current: 200, tolerance: 10 })).toBe(0);
  });
  it('progress of a range metric with tolerance 0 is a step', () => {
    expect(progress({ kind: 'range', min: 0, max: 1, current: 1.0001 })).toBe(0);
  });
  it('progress of a range metric with min > max throws naming "max"', () => {
    expect(() => progress({ kind: 'range', min: 5, max: 1, current: 3 })).toThrow(/"max"/);
  });
  it('progress of an unknown kind throws INVALID_METRIC naming "kind"', () => {
    expect(codeOf(() => progress({ kind: 'log' } as never))).toBe('INVALID_METRIC');
  });
});

describe('progress — invariants', () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
  it('progress of any finite linear metric lies within [0, cap]', () => {
    fc.assert(
      fc.property(
        finite,
        finite,
        finite,
        fc.double({ min: 0, max: 5, noNaN: true }),
        (start, target, current, cap) => {
          fc.pre(start !== target);
          const p = progress({ start, target, current, cap });
          return p !== null && p >= 0 && p <= cap && Number.isFinite(p);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('progress of any finite range metric lies within [0, 1]', () => {
    fc.assert(
      fc.property(
        finite,
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        finite,
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        (min, width, current, tolerance) => {
          const p = progress({ kind: 'range', min, max: min + width, current, tolerance });
          return p !== null && p >= 0 && p <= 1;
        },
      ),
      { numRuns: 500 },
    );
  });
  it('progress moving current toward the target never lowers the score', () => {
    // Integers (in hundredths) keep "closer" exact; subnormal doubles would make the comparison itself round.
    const cents = fc.integer({ min: -1e8, max: 1e8 }).map((x) => x / 100);
    fc.assert(
      fc.property(cents, cents, cents, cents, (start, target, a, b) => {
        fc.pre(start !== target);
        const [near, far] = Math.abs(target - a) <= Math.abs(target - b) ? [a, b] : [b, a];
        // Only compare points on the same side of the target, where "closer" is unambiguous.
        fc.pre(Math.sign(target - near) === Math.sign(target - far));
        return progress({ start, target, current: near })! >= progress({ start, target, current: far })!;
      }),
      { numRuns: 500 },
    );
  });
});
