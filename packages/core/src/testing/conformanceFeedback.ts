import type { ConformanceContext } from './conformanceContext.js';

/**
 * The feedback part of the conformance suite: templates, drafts per key, submit, summary and requests.
 *
 * @example
 * defineFeedbackConformance(context);
 */
export function defineFeedbackConformance(context: ConformanceContext): void {
  const { t, target, key, rejects } = context;
  const feedback = () => target().adapter.feedback;

  t.describe('feedback', () => {
    t.it('listTemplates and getTemplate return the template; an unknown one rejects NOT_FOUND', async () => {
      const { templateId } = target().fixture.feedback;
      t.expect((await feedback().listTemplates()).map((template) => template.id)).toContain(templateId);
      t.expect((await feedback().getTemplate(templateId)).id).toBe(templateId);
      const id = 'conformance-missing-template';
      t.expect((await rejects(feedback().getTemplate(id), 'NOT_FOUND')).details.id).toBe(id);
    });

    t.it(
      'saveDraft replaces the one draft per template, subject and rater; deleteDraft removes it',
      async () => {
        const { templateId, subjectId, raterId, relationship, answers } = target().fixture.feedback;
        const draftKey = { templateId, subjectId, raterId };
        const [firstQuestion] = Object.keys(answers);
        const partial = firstQuestion === undefined ? {} : { [firstQuestion]: answers[firstQuestion]! };
        const first = await feedback().saveDraft(
          { ...draftKey, relationship, answers: partial },
          { idempotencyKey: key() },
        );
        const second = await feedback().saveDraft(
          { ...draftKey, relationship, answers },
          { idempotencyKey: key() },
        );
        t.expect(second.id).toBe(first.id);
        const loaded = await feedback().loadDraft(draftKey);
        t.expect(loaded?.id).toBe(first.id);
        t.expect(loaded?.answers).toEqual(answers);
        await feedback().deleteDraft(first.id, { idempotencyKey: key() });
        t.expect(await feedback().loadDraft(draftKey)).toBe(null);
        const missing = feedback().deleteDraft(first.id, { idempotencyKey: key() });
        t.expect((await rejects(missing, 'NOT_FOUND')).details.id).toBe(first.id);
      },
    );

    t.it('submit stores the response, deletes the rater’s draft and counts in the summary', async () => {
      const { templateId, subjectId, raterId, relationship, answers } = target().fixture.feedback;
      const draftKey = { templateId, subjectId, raterId };
      await feedback().saveDraft({ ...draftKey, relationship, answers }, { idempotencyKey: key() });
      const before = await feedback().summarize({ subjectId, templateId });
      const countOf = (aggregate: typeof before): number =>
        aggregate.subjects.find((subject) => subject.subjectId === subjectId)?.responseCount ?? 0;
      const response = await feedback().submit(
        { ...draftKey, relationship, answers },
        { idempotencyKey: key() },
      );
      t.expect(typeof response.id).toBe('string');
      t.expect(response.subjectId).toBe(subjectId);
      t.expect(await feedback().loadDraft(draftKey)).toBe(null);
      const after = await feedback().summarize({ subjectId, templateId });
      t.expect(after.templateId).toBe(templateId);
      t.expect(countOf(after)).toBe(countOf(before) + 1);
    });

    t.it('summarize of an unknown template rejects NOT_FOUND naming it', async () => {
      const { subjectId } = target().fixture.feedback;
      const id = 'conformance-missing-template';
      const error = await rejects(feedback().summarize({ subjectId, templateId: id }), 'NOT_FOUND');
      t.expect(error.details.id).toBe(id);
    });

    t.it('request returns the existing open request instead of doubling it', async () => {
      const input = target().fixture.request;
      const [first] = await feedback().request([input], { idempotencyKey: key() });
      const [again] = await feedback().request([input], { idempotencyKey: key() });
      t.expect(first?.status).toBe('open');
      t.expect(again?.id).toBe(first?.id);
      const open = await feedback().listRequests({
        templateId: input.templateId,
        subjectId: input.subjectId,
        raterId: input.raterId,
        status: 'open',
      });
      t.expect(open.map((request) => request.id)).toEqual([first?.id]);
    });
  });
}
