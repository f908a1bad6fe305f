import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../internal/errorOf.js';
import { defineScale } from './defineScale.js';
import { lookup } from './lookup.js';
import { convertScale, denormalize, normalize } from './normalize.js';

describe('defineScale', () => {
  it('defineScale returns a frozen scale', () => {
    const s = defineScale({ min: 1, max: 5, step: 1 });
    expect(Object.isFrozen(s)).toBe(true);
    expect(s).toMatchObject({ min: 1, max: 5, step: 1 });
  });
  it.each([
    [{ min: 5, max: 1 }, 'max'],
    [{ min: 0, max: Number.NaN }, 'max'],
    [{ min: 1, max: 5, step: 0 }, 'step'],
    [{ min: 1, max: 5, step: 3 }, 'step'],
    [{ min: 1, max: 5, step: 1, labels: ['a', 'b'] }, 'labels'],
    [{ min: 1, max: 5, labels: ['a'] }, 'labels'],
  ])('defineScale(%j) throws INVALID_SCALE naming "%s"', (input, field) => {
    expect(codeOf(() => defineScale(input))).toBe('INVALID_SCALE');
    expect(() => defineScale(input)).toThrow(`"${field}"`);
  });
});

describe('normalize / denormalize / convertScale', () => {
  const five = defineScale({ min: 1, max: 5, step: 1 });
  it('normalize 4 on 1–5 is 0.75', () => {
    expect(normalize(4, five)).toBe(0.75);
  });
  it('normalize null is null', () => {
    expect(normalize(null, five)).toBeNull();
  });
  it('normalize a rating outside its scale throws OUT_OF_SCALE', () => {
    expect(codeOf(() => normalize(6, five))).toBe('OUT_OF_SCALE');
    expect(codeOf(() => normalize(0, five))).toBe('OUT_OF_SCALE');
  });
  it('normalize a rating between steps throws OUT_OF_SCALE', () => {
    expect(codeOf(() => normalize(3.5, five))).toBe('OUT_OF_SCALE');
    expect(normalize(3.5, { min: 1, max: 5, step: 0.5 })).toBe(0.625);
  });
  it('denormalize 0.75 on 1–5 is 4 and snaps to the nearest step', () => {
    expect(denormalize(0.75, five)).toBe(4);
    expect(denormalize(0.7, five)).toBe(4);
  });
  it('denormalize on a 0.1-step scale prints cleanly', () => {
    expect(denormalize(0.575, { min: 1, max: 5, step: 0.1 })).toBe(3.3);
  });
  it('convertScale 4 of 1–5 onto 0–100 is 75', () => {
    expect(convertScale(4, five, { min: 0, max: 100 })).toBe(75);
  });
  it('convertScale round-trips between continuous scales', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 10, noNaN: true }), (v) => {
        const back = convertScale(
          convertScale(v, { min: 1, max: 10 }, { min: -3, max: 7 }),
          { min: -3, max: 7 },
          { min: 1, max: 10 },
        );
        return Math.abs(back! - v) < 1e-9;
      }),
    );
  });
  it('normalize of any on-scale value lies within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (min, width, t) => {
          const v = normalize(min + t * width, { min, max: min + width })!;
          return v >= 0 && v <= 1;
        },
      ),
    );
  });
});

describe('lookup', () => {
  const table = [
    { at: 0, value: 1 },
    { at: 0.5, value: 2 },
    { at: 0.7, value: 3 },
    { at: 0.9, value: 4 },
    { at: 1.1, value: 5 },
  ];
  it('lookup in step mode takes the row with the greatest "at" ≤ value, inclusive', () => {
    expect(lookup(0.85, table)).toBe(3);
    expect(lookup(0.9, table)).toBe(4);
  });
  it('lookup in linear mode interpolates between neighbours', () => {
    // half way from 0.7 (3) to 0.9 (4)
    expect(lookup(0.8, table, { interpolate: 'linear' })).toBeCloseTo(3.5, 12);
  });
  it('lookup clamps below the first and above the last row', () => {
    expect(lookup(-1, table)).toBe(1);
    expect(lookup(2, table, { interpolate: 'linear' })).toBe(5);
  });
  it('lookup with unsorted rows throws naming the row', () => {
    expect(() =>
      lookup(0.5, [
        { at: 0.5, value: 1 },
        { at: 0.2, value: 2 },
      ]),
    ).toThrow(/row 1/);
  });
  it('lookup null is null', () => {
    expect(lookup(null, table)).toBeNull();
  });
});
