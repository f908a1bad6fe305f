import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NorthstarError } from '../errors/NorthstarError.js';
import { composeScore } from './composeScore.js';

describe('composeScore', () => {
  it('composeScore renormalises over the parts present: goals 3.6/5 with no self-review and no feedback is 3.6', () => {
    const r = composeScore(
      { goals: 3.6, self: null, feedback: null },
      { goals: 1 / 3, self: 1 / 3, feedback: 1 / 3 },
    );
    expect(r.score).toBeCloseTo(3.6, 12);
    expect(r.coverage).toBeCloseTo(1 / 3, 12);
  });
  it('composeScore with missing "zero" counts a missing part as 0 (3.6 → 1.2)', () => {
    const r = composeScore(
      { goals: 3.6, self: null, feedback: null },
      { goals: 1, self: 1, feedback: 1 },
      { missing: 'zero' },
    );
    expect(r.score).toBeCloseTo(1.2, 12);
  });
  it('composeScore weighs parts: 0.6·4 + 0.4·3 = 3.6', () => {
    const r = composeScore({ goals: 4, manager: 3 }, { goals: 0.6, manager: 0.4 });
    expect(r.score).toBeCloseTo(3.6, 12);
    expect(r.parts.find((p) => p.key === 'goals')).toMatchObject({ effectiveWeight: 0.6, contribution: 2.4 });
  });
  it('composeScore with every part missing is null, not 0', () => {
    expect(composeScore({ a: null }, { a: 1 }).score).toBeNull();
  });
  it('composeScore treats a weighted key absent from parts as missing', () => {
    expect(composeScore({ goals: 3 }, { goals: 1, self: 1 }).score).toBe(3);
  });
  it('composeScore with a part that has no weight throws INVALID_WEIGHT naming it', () => {
    expect(() => composeScore({ goals: 3, typo: 4 }, { goals: 1 })).toThrow(/"typo"/);
  });
  it('composeScore with a negative weight or NaN part throws', () => {
    expect(() => composeScore({ a: 1 }, { a: -1 })).toThrow(NorthstarError);
    expect(() => composeScore({ a: Number.NaN }, { a: 1 })).toThrow(/"a"/);
  });
  it('composeScore is unchanged when every weight is multiplied by a constant', () => {
    const part = fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(
        fc.tuple(part, part, part),
        fc.tuple(
          fc.double({ min: 0.01, max: 10, noNaN: true }),
          fc.double({ min: 0.01, max: 10, noNaN: true }),
          fc.double({ min: 0.01, max: 10, noNaN: true }),
        ),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        ([a, b, c], [wa, wb, wc], k) => {
          const one = composeScore({ a, b, c }, { a: wa, b: wb, c: wc }).score;
          const two = composeScore({ a, b, c }, { a: wa * k, b: wb * k, c: wc * k }).score;
          return one === null ? two === null : Math.abs(one - two!) < 1e-9;
        },
      ),
    );
  });
});
