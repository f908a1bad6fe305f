import { describe, expect, it } from 'vitest';
import type { Kpi, KpiSample } from '../domain/kpi.types.js';
import { NorthstarError } from '../errors/NorthstarError.js';
import { createMemoryAdapter } from './createMemoryAdapter.js';

const kpis: Kpi[] = [
  {
    id: 'churn',
    name: 'Churn',
    actual: 3.4,
    target: 4,
    direction: 'lower-is-better',
    period: '2025-08',
    previous: 3.6,
    department: 'CS',
  },
  {
    id: 'nps',
    name: 'NPS',
    actual: 41,
    target: 50,
    direction: 'higher-is-better',
    ownerId: 'p-1',
    department: 'CS',
  },
  {
    id: 'arr',
    name: 'ARR',
    actual: null,
    target: 1e6,
    direction: 'higher-is-better',
    ownerId: 'p-1',
    department: 'Sales',
  },
];
const kpiHistory: KpiSample[] = [
  { kpiId: 'churn', period: '2025-08', actual: 3.4 },
  { kpiId: 'churn', period: '2025-06', actual: 3.9 },
  { kpiId: 'churn', period: '2025-07', actual: 3.6, target: 4 },
];

async function rejection(promise: Promise<unknown>): Promise<NorthstarError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NorthstarError);
  return error as NorthstarError;
}

const adapter = () => createMemoryAdapter({ kpis, kpiHistory });

describe('memory kpis', () => {
  it('kpis.list filters by owner and department together', async () => {
    expect((await adapter().kpis.list({ ownerId: 'p-1', department: 'CS' })).map((k) => k.id)).toEqual([
      'nps',
    ]);
    expect((await adapter().kpis.list({ ids: ['arr', 'churn'] })).map((k) => k.id)).toEqual(['arr', 'churn']);
  });

  it('kpis.get of an unknown id rejects NOT_FOUND naming it', async () => {
    const error = await rejection(adapter().kpis.get('mrr'));
    expect([error.code, error.details.id]).toEqual(['NOT_FOUND', 'mrr']);
  });

  it('kpis.history returns samples oldest period first within the inclusive range', async () => {
    const a = adapter();
    expect((await a.kpis.history('churn', {})).map((s) => s.period)).toEqual([
      '2025-06',
      '2025-07',
      '2025-08',
    ]);
    expect((await a.kpis.history('churn', { from: '2025-07', to: '2025-07' })).map((s) => s.actual)).toEqual([
      3.6,
    ]);
    expect(await a.kpis.history('nps', {})).toEqual([]);
  });

  it('kpis.history of an unknown KPI rejects NOT_FOUND', async () => {
    expect((await rejection(adapter().kpis.history('mrr', {}))).code).toBe('NOT_FOUND');
  });

  it('kpis.record of a newer period moves actual to previous and sets the new actual', async () => {
    const a = adapter();
    const kpi = await a.kpis.record(
      'churn',
      { period: '2025-09', actual: 3.1, target: 3.5 },
      { idempotencyKey: 'k' },
    );
    // Before: actual 3.4 in 2025-08 → previous 3.4, actual 3.1, period 2025-09, target 3.5.
    expect(kpi).toMatchObject({ actual: 3.1, previous: 3.4, period: '2025-09', target: 3.5 });
    expect((await a.kpis.history('churn', { from: '2025-09' })).map((s) => s.actual)).toEqual([3.1]);
  });

  it('kpis.record of an older period only fills the history', async () => {
    const a = adapter();
    const kpi = await a.kpis.record('churn', { period: '2025-05', actual: 4.2 }, { idempotencyKey: 'k' });
    expect(kpi).toMatchObject({ actual: 3.4, previous: 3.6, period: '2025-08' });
    expect((await a.kpis.history('churn', {})).map((s) => s.period)).toEqual([
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
    ]);
  });

  it('kpis.record of the current period corrects actual but keeps previous', async () => {
    const kpi = await adapter().kpis.record(
      'churn',
      { period: '2025-08', actual: 3.3 },
      { idempotencyKey: 'k' },
    );
    expect(kpi).toMatchObject({ actual: 3.3, previous: 3.6, period: '2025-08' });
  });

  it('kpis.record with actual null stores "no data", not 0', async () => {
    const kpi = await adapter().kpis.record(
      'nps',
      { period: '2025-09', actual: null },
      { idempotencyKey: 'k' },
    );
    expect(kpi.actual).toBeNull();
  });

  it('kpis.record with a NaN actual or blank period rejects naming the field', async () => {
    const nan = await rejection(
      adapter().kpis.record('churn', { period: '2025-09', actual: Number.NaN }, { idempotencyKey: 'k' }),
    );
    expect([nan.code, nan.details.field]).toEqual(['INVALID_VALUE', 'actual']);
    expect(nan.message).toContain('"churn"');
    const blank = await rejection(
      adapter().kpis.record('churn', { period: '', actual: 1 }, { idempotencyKey: 'k' }),
    );
    expect([blank.code, blank.details.field]).toEqual(['EMPTY_INPUT', 'period']);
    const missing = await rejection(
      adapter().kpis.record('churn', { period: '2025-09' } as never, { idempotencyKey: 'k' }),
    );
    expect([missing.code, missing.details.field]).toEqual(['INVALID_VALUE', 'actual']);
  });
});

describe('memory kpis: historyMany', () => {
  it('kpis.historyMany returns each KPI history in one call, oldest first, leaving unknown ids out', async () => {
    const a = createMemoryAdapter({ kpis, kpiHistory });
    const many = await a.kpis.historyMany(['churn', 'nope', 'nps'], { from: '2025-07' });
    expect(Object.keys(many).sort()).toEqual(['churn', 'nps']);
    expect(many.churn?.map((s) => s.period)).toEqual(['2025-07', '2025-08']);
    expect(many.churn).toEqual(await a.kpis.history('churn', { from: '2025-07' }));
    expect(many.nps).toEqual([]);
  });

  it('kpis.historyMany of something that is not an array rejects naming kpiIds', async () => {
    const a = createMemoryAdapter({ kpis });
    const error = await a.kpis.historyMany('churn' as never, {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_VALUE', details: { field: 'kpiIds' } });
  });
});
