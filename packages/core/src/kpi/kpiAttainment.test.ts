import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../internal/errorOf.js';
import { kpiAttainment } from './kpiAttainment.js';
import { kpiStatus } from './kpiStatus.js';

describe('kpiAttainment', () => {
  it('kpiAttainment of a higher-is-better KPI is actual ÷ target', () => {
    expect(kpiAttainment({ actual: 80, target: 100, direction: 'higher-is-better' })).toBeCloseTo(0.8, 12);
  });
  it('kpiAttainment of a higher-is-better KPI with a min measures from min', () => {
    // (75 − 50) / (100 − 50) = 0.5
    expect(kpiAttainment({ actual: 75, target: 100, min: 50, direction: 'higher-is-better' })).toBe(0.5);
  });
  it('kpiAttainment of a lower-is-better KPI without max is target ÷ actual', () => {
    expect(kpiAttainment({ actual: 5, target: 4, direction: 'lower-is-better' })).toBeCloseTo(0.8, 12);
    expect(kpiAttainment({ actual: 3, target: 4, direction: 'lower-is-better' })).toBe(1);
  });
  it('kpiAttainment of a lower-is-better KPI with max falls linearly from target to max', () => {
    // (20 − 12) / (20 − 4) = 0.5
    expect(kpiAttainment({ actual: 12, target: 4, max: 20, direction: 'lower-is-better' })).toBe(0.5);
  });
  it('kpiAttainment of a zero-target lower-is-better KPI needs a max', () => {
    expect(codeOf(() => kpiAttainment({ actual: 3, target: 0, direction: 'lower-is-better' }))).toBe(
      'INVALID_METRIC',
    );
    expect(kpiAttainment({ actual: 3, target: 0, max: 12, direction: 'lower-is-better' })).toBe(0.75);
  });
  it('kpiAttainment of a target-range KPI is 1 inside and falls over the range width outside', () => {
    expect(kpiAttainment({ actual: 97, min: 95, max: 100, direction: 'target-range' })).toBe(1);
    // 3 above max over a width of 5 → 1 − 3/5 = 0.4
    expect(kpiAttainment({ actual: 103, min: 95, max: 100, direction: 'target-range' })).toBeCloseTo(0.4, 12);
    expect(
      kpiAttainment({ actual: 93, min: 95, max: 100, tolerance: 4, direction: 'target-range' }),
    ).toBeCloseTo(0.5, 12);
  });
  it('kpiAttainment without an actual is null', () => {
    expect(kpiAttainment({ actual: null, target: 4, direction: 'lower-is-better' })).toBeNull();
  });
  it('kpiAttainment over-achievement is capped at 1 unless cap is raised', () => {
    expect(kpiAttainment({ actual: 130, target: 100, direction: 'higher-is-better' })).toBe(1);
    expect(kpiAttainment({ actual: 130, target: 100, cap: 1.5, direction: 'higher-is-better' })).toBeCloseTo(
      1.3,
      12,
    );
  });
  it.each([
    [{ actual: 1, target: 4, direction: 'sideways' }, 'direction'],
    [{ actual: Number.NaN, target: 4, direction: 'higher-is-better' }, 'actual'],
    [{ actual: 1, direction: 'higher-is-better' }, 'target'],
    [{ actual: 1, min: 5, direction: 'target-range' }, 'max'],
    [{ actual: 1, target: 4, max: 2, direction: 'lower-is-better' }, 'max'],
  ])('kpiAttainment(%j) throws INVALID_METRIC naming "%s"', (kpi, field) => {
    expect(codeOf(() => kpiAttainment(kpi as never))).toBe('INVALID_METRIC');
    expect(() => kpiAttainment(kpi as never)).toThrow(`"${field}"`);
  });
  it('kpiAttainment of a lower-is-better KPI never scores a lower actual worse than a higher one', () => {
    const pos = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(pos, pos, fc.double({ min: 0.001, max: 1e6, noNaN: true }), (a, b, target) => {
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        const k = (actual: number) => kpiAttainment({ actual, target, direction: 'lower-is-better' })!;
        return k(lo) >= k(hi) && k(lo) <= 1 && k(hi) >= 0;
      }),
      { numRuns: 500 },
    );
  });
});

describe('kpiStatus', () => {
  it('kpiStatus of 72% attainment is "at-risk" under the default KPI bands', () => {
    const s = kpiStatus({ actual: 72, target: 100, direction: 'higher-is-better' });
    expect(s.status).toBe('at-risk');
    expect(s.band?.label).toBe('At risk');
    expect(s.met).toBe(false);
  });
  it("kpiStatus uses the KPI's own bands when given", () => {
    const bands = [
      { id: 'low', label: 'Low', from: 0 },
      { id: 'ok', label: 'OK', from: 0.5 },
    ];
    expect(kpiStatus({ actual: 60, target: 100, direction: 'higher-is-better', bands }).status).toBe('ok');
  });
  it('kpiStatus without an actual is "no-data" with a null band', () => {
    expect(kpiStatus({ actual: undefined, target: 1, direction: 'higher-is-better' })).toEqual({
      attainment: null,
      band: null,
      status: 'no-data',
      met: null,
    });
  });
});
