import type { ConformanceContext } from './conformanceContext.js';

/**
 * The people and cycles part of the conformance suite: reads, filters and NOT_FOUND.
 *
 * @example
 * defineDirectoryConformance(context);
 */
export function defineDirectoryConformance(context: ConformanceContext): void {
  const { t, target, rejects } = context;

  t.describe('people', () => {
    t.it('get and list by ids, manager, department and search return matching people', async () => {
      const { people } = target().adapter;
      const { managerId, actorId } = target().fixture;
      const manager = await people.get(managerId);
      t.expect(manager.id).toBe(managerId);
      t.expect(
        (await people.list({ ids: [actorId, 'conformance-missing-person'] })).map((p) => p.id),
      ).toEqual([actorId]);
      const reports = await people.list({ managerId });
      t.expect(reports.length).toBeGreaterThanOrEqual(1);
      for (const person of reports) t.expect(person.managerId).toBe(managerId);
      const top = await people.list({ managerId: null });
      for (const person of top) t.expect(person.managerId ?? null).toBe(null);
      if (manager.department !== undefined) {
        for (const person of await people.list({ department: manager.department }))
          t.expect(person.department).toBe(manager.department);
      }
      const needle = manager.name.slice(0, Math.min(4, manager.name.length)).toUpperCase();
      t.expect((await people.list({ search: needle })).map((p) => p.id)).toContain(managerId);
    });

    t.it('get of an unknown person rejects NOT_FOUND naming the id', async () => {
      const id = 'conformance-missing-person';
      t.expect((await rejects(target().adapter.people.get(id), 'NOT_FOUND')).details.id).toBe(id);
    });
  });

  t.describe('cycles', () => {
    t.it('list and get return the cycle; an unknown one rejects NOT_FOUND', async () => {
      const { cycles } = target().adapter;
      const { cycleId } = target().fixture;
      t.expect((await cycles.list()).map((cycle) => cycle.id)).toContain(cycleId);
      const cycle = await cycles.get(cycleId);
      t.expect(cycle.id).toBe(cycleId);
      t.expect(typeof cycle.startsOn).toBe('string');
      const id = 'conformance-missing-cycle';
      t.expect((await rejects(cycles.get(id), 'NOT_FOUND')).details.id).toBe(id);
    });
  });
}
