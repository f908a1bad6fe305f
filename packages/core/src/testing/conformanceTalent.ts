import type { TalentRecord } from '../domain/talent.types.js';
import type { ConformanceContext } from './conformanceContext.js';

/**
 * The talent part of the conformance suite: list, move (recorded in the history) and stale moves → CONFLICT.
 *
 * @example
 * defineTalentConformance(context);
 */
export function defineTalentConformance(context: ConformanceContext): void {
  const { t, target, key, unique, rejects } = context;
  const talent = () => target().adapter.talent;

  const current = async (): Promise<TalentRecord> => {
    const { personId, cycleId } = target().fixture.talent;
    const records = await talent().list(cycleId === undefined ? {} : { cycleId });
    const record = records.find((r) => r.personId === personId);
    if (record === undefined) throw new Error(`fixture talent record of ${personId} is not listed`);
    return record;
  };

  t.describe('talent', () => {
    t.it('list by cycle returns only that cycle’s records', async () => {
      const record = await current();
      const { cycleId } = target().fixture.talent;
      if (cycleId !== undefined) {
        for (const r of await talent().list({ cycleId })) t.expect(r.cycleId).toBe(cycleId);
      }
      t.expect(record.personId).toBe(target().fixture.talent.personId);
    });

    t.it('move places the person, records the reason and appends to listMoves', async () => {
      const { personId, cycleId } = target().fixture.talent;
      const before = await current();
      const reason = unique('Conformance move');
      const performance = before.performance === 0.25 ? 0.75 : 0.25;
      const moved = await talent().move(
        personId,
        { cycleId, performance, potential: 0.5, reason, expectedUpdatedAt: before.updatedAt },
        { idempotencyKey: key() },
      );
      t.expect(moved.performance).toBe(performance);
      t.expect(moved.potential).toBe(0.5);
      t.expect(moved.reason).toBe(reason);
      t.expect((await current()).performance).toBe(performance);
      const moves = await talent().listMoves({ personId });
      const entry = moves.find((m) => m.reason === reason);
      t.expect(entry?.personId).toBe(personId);
      t.expect(entry?.from.performance).toBe(before.performance);
      t.expect(entry?.to.performance).toBe(performance);
      t.expect(moves[moves.length - 1]?.reason).toBe(reason);
    });

    t.it('a move of a person without a talent record rejects NOT_FOUND naming them', async () => {
      const id = 'conformance-missing-person';
      const move = talent().move(id, { performance: 0.5, reason: 'nobody' }, { idempotencyKey: key() });
      t.expect((await rejects(move, 'NOT_FOUND')).details.id).toBe(id);
    });

    t.it('a move with a stale expectedUpdatedAt rejects CONFLICT and changes nothing', async () => {
      const { personId, cycleId } = target().fixture.talent;
      const before = await current();
      const stale = '2000-01-01T00:00:00.000Z';
      const move = talent().move(
        personId,
        { cycleId, performance: 0.9, reason: 'stale move', expectedUpdatedAt: stale },
        { idempotencyKey: key() },
      );
      t.expect((await rejects(move, 'CONFLICT')).details.id).toBe(personId);
      t.expect((await current()).performance).toBe(before.performance);
    });
  });
}
