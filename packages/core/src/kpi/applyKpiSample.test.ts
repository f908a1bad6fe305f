import { describe, expect, it } from 'vitest';
import type { Kpi } from '../domain/kpi.types.js';
import { applyKpiSample } from './applyKpiSample.js';
import { comparePeriods } from './comparePeriods.js';

const nrr: Kpi = {
  id: 'k-1',
  name: 'Net revenue',
  period: '2026-11',
  actual: 80,
  previous: 75,
  target: 100,
} as Kpi;

describe('applyKpiSample', () => {
  it('a later period moves the headline and shifts the old actual into previous', () => {
    expect(applyKpiSample(nrr, { period: '2026-12', actual: 92.5 })).toMatchObject({
      period: '2026-12',
      actual: 92.5,
      previous: 80,
      target: 100,
    });
  });

  it('the same period replaces the actual and keeps previous', () => {
    expect(applyKpiSample(nrr, { period: '2026-11', actual: 82 })).toMatchObject({
      actual: 82,
      previous: 75,
    });
  });

  it('a back-filled earlier period leaves the KPI as it is (same object)', () => {
    expect(applyKpiSample(nrr, { period: '2026-10', actual: 1 })).toBe(nrr);
  });

  it('a given target replaces the target; null or undefined keeps it', () => {
    expect(applyKpiSample(nrr, { period: '2026-12', actual: 90, target: 110 }).target).toBe(110);
    expect(applyKpiSample(nrr, { period: '2026-12', actual: 90, target: null }).target).toBe(100);
  });

  it('a KPI without a period takes the sample as its first headline, with no previous', () => {
    const fresh = { id: 'k-2', name: 'New' } as Kpi;
    expect(applyKpiSample(fresh, { period: '2026-01', actual: 3 })).toEqual({
      ...fresh,
      period: '2026-01',
      actual: 3,
    });
  });

  it('never mutates its input', () => {
    const copy = structuredClone(nrr);
    applyKpiSample(nrr, { period: '2027-01', actual: 1, target: 2 });
    expect(nrr).toEqual(copy);
  });
});

describe('comparePeriods', () => {
  it('orders months, quarters and days chronologically', () => {
    expect(['2026-11', '2026-02', '2025-12', '2026-10'].sort(comparePeriods)).toEqual([
      '2025-12',
      '2026-02',
      '2026-10',
      '2026-11',
    ]);
    expect(comparePeriods('2026-Q4', '2027-Q1')).toBeLessThan(0);
    expect(comparePeriods('2026-07-14', '2026-07-14')).toBe(0);
  });
});
