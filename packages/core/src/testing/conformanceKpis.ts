import type { ConformanceContext } from './conformanceContext.js';

/**
 * The KPI part of the conformance suite: reads and filters, history ranges, and record (latest vs back-fill).
 *
 * @example
 * defineKpiConformance(context);
 */
export function defineKpiConformance(context: ConformanceContext): void {
  const { t, target, key, rejects } = context;
  const kpis = () => target().adapter.kpis;

  t.describe('kpis', () => {
    t.it('get and list by ids, owner and department return the KPI', async () => {
      const { kpiId } = target().fixture;
      const kpi = await kpis().get(kpiId);
      t.expect(kpi.id).toBe(kpiId);
      const byIds = await kpis().list({ ids: [kpiId, 'conformance-missing-kpi'] });
      t.expect(byIds.map((k) => k.id)).toEqual([kpiId]);
      if (kpi.department !== undefined) {
        const inDepartment = await kpis().list({ department: kpi.department });
        t.expect(inDepartment.map((k) => k.id)).toContain(kpiId);
        for (const k of inDepartment) t.expect(k.department).toBe(kpi.department);
      }
      if (kpi.ownerId !== undefined) {
        const owned = await kpis().list({ ownerId: kpi.ownerId });
        for (const k of owned) t.expect(k.ownerId).toBe(kpi.ownerId);
      }
    });

    t.it('get and history of an unknown KPI reject NOT_FOUND naming the id', async () => {
      const id = 'conformance-missing-kpi';
      t.expect((await rejects(kpis().get(id), 'NOT_FOUND')).details.id).toBe(id);
      t.expect((await rejects(kpis().history(id, {}), 'NOT_FOUND')).details.id).toBe(id);
      const record = kpis().record(id, { period: '2030-01', actual: 1 }, { idempotencyKey: key() });
      t.expect((await rejects(record, 'NOT_FOUND')).details.id).toBe(id);
    });

    t.it(
      'record of the latest period moves the headline numbers; a back-fill joins the history only',
      async () => {
        const { kpiId } = target().fixture;
        const latest = await kpis().record(
          kpiId,
          { period: '2999-12', actual: 42 },
          { idempotencyKey: key() },
        );
        t.expect(latest.period).toBe('2999-12');
        t.expect(latest.actual).toBe(42);
        const backFilled = await kpis().record(
          kpiId,
          { period: '1999-01', actual: 7 },
          { idempotencyKey: key() },
        );
        t.expect(backFilled.period).toBe('2999-12');
        t.expect(backFilled.actual).toBe(42);
        const history = await kpis().history(kpiId, { from: '1999-01', to: '1999-01' });
        t.expect(history).toEqual([{ kpiId, period: '1999-01', actual: 7 }]);
        const replaced = await kpis().record(
          kpiId,
          { period: '1999-01', actual: 8 },
          { idempotencyKey: key() },
        );
        t.expect(replaced.actual).toBe(42);
        t.expect(
          (await kpis().history(kpiId, { from: '1999-01', to: '1999-01' })).map((s) => s.actual),
        ).toEqual([8]);
      },
    );

    t.it(
      'history is oldest first within the range; historyMany matches it and leaves unknown ids out',
      async () => {
        const { kpiId } = target().fixture;
        const all = await kpis().history(kpiId, {});
        const periods = all.map((s) => s.period);
        t.expect(periods).toEqual([...periods].sort());
        for (const sample of all) t.expect(sample.kpiId).toBe(kpiId);
        const from = periods[0] ?? '0000';
        const ranged = await kpis().history(kpiId, { from, to: from });
        t.expect(ranged.map((s) => s.period)).toEqual(periods.filter((p) => p === from));
        const many = await kpis().historyMany([kpiId, 'conformance-missing-kpi'], {});
        t.expect(Object.keys(many)).toEqual([kpiId]);
        t.expect(many[kpiId]).toEqual(all);
      },
    );
  });
}
