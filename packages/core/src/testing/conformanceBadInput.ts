import { isNorthstarError, type NorthstarError } from '../errors/NorthstarError.js';
import type { ConformanceContext } from './conformanceContext.js';

/**
 * The bad-input part of the conformance suite: a rejected write names the offending field, is not retryable and
 * stores nothing (codes may differ: a server's schema answers `VALIDATION` where core says `EMPTY_INPUT`).
 *
 * @example
 * defineBadInputConformance(context);
 */
export function defineBadInputConformance(context: ConformanceContext): void {
  const { t, target, key, unique } = context;

  const refused = async (promise: Promise<unknown>, field: string): Promise<NorthstarError> => {
    let error: unknown;
    try {
      await promise;
    } catch (caught) {
      error = caught;
    }
    if (!isNorthstarError(error))
      throw new Error(`expected a NorthstarError naming "${field}", got ${String(error)}`);
    t.expect(String(error.details.field)).toContain(field);
    t.expect(error.retryable).toBe(false);
    return error;
  };

  t.describe('bad input', () => {
    t.it('a goal without a title or with a non-numeric target is refused naming the field', async () => {
      const { adapter, fixture } = target();
      const scope = { ownerId: fixture.actorId, cycleId: fixture.cycleId };
      await refused(adapter.goals.create({ title: '', ...scope }, { idempotencyKey: key() }), 'title');
      const title = unique('Conformance bad target');
      const badTarget = { start: 0, target: 'ten' as unknown as number };
      await refused(
        adapter.goals.create({ title, ...scope, metric: badTarget }, { idempotencyKey: key() }),
        'target',
      );
      t.expect((await adapter.goals.list(scope)).map((goal) => goal.title)).not.toContain(title);
    });

    t.it('a KPI sample with a non-numeric actual is refused and not stored', async () => {
      const { adapter, fixture } = target();
      const sample = { period: '1998-01', actual: 'high' as unknown as number };
      await refused(adapter.kpis.record(fixture.kpiId, sample, { idempotencyKey: key() }), 'actual');
      t.expect(await adapter.kpis.history(fixture.kpiId, { from: '1998-01', to: '1998-01' })).toEqual([]);
    });

    t.it(
      'a talent move without a reason or with a score above 1 is refused and changes nothing',
      async () => {
        const { adapter, fixture } = target();
        const { personId, cycleId } = fixture.talent;
        const before = await adapter.talent.listMoves({ personId });
        await refused(
          adapter.talent.move(personId, { cycleId, performance: 0.5, reason: '' }, { idempotencyKey: key() }),
          'reason',
        );
        await refused(
          adapter.talent.move(
            personId,
            { cycleId, performance: 1.5, reason: 'too high' },
            { idempotencyKey: key() },
          ),
          'performance',
        );
        t.expect(await adapter.talent.listMoves({ personId })).toHaveLength(before.length);
      },
    );

    t.it('a response with a rating outside its scale is refused naming the question', async () => {
      const { adapter, fixture } = target();
      const { templateId, subjectId, raterId, relationship, answers } = fixture.feedback;
      const template = await adapter.feedback.getTemplate(templateId);
      const rating = template.questions.find((question) => question.kind === 'rating');
      if (rating === undefined) throw new Error(`fixture template ${templateId} has no rating question`);
      const response = {
        templateId,
        subjectId,
        raterId,
        relationship,
        answers: { ...answers, [rating.id]: 999 },
      };
      await refused(adapter.feedback.submit(response, { idempotencyKey: key() }), rating.id);
    });
  });
}
