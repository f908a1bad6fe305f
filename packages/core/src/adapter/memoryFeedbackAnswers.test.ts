import { describe, expect, it } from 'vitest';
import type { FeedbackTemplate } from '../domain/feedback.types.js';
import { NorthstarError } from '../errors/NorthstarError.js';
import { createMemoryAdapter } from './createMemoryAdapter.js';

const template: FeedbackTemplate = {
  id: 't',
  questions: [
    { id: 'coaching', kind: 'rating', required: true, allowNotApplicable: true },
    { id: 'comments', kind: 'text', maxLength: 10 },
  ],
};
const base = { templateId: 't', subjectId: 'p-2', raterId: 'p-3', relationship: 'peer' as const };

describe('memory adapter feedback answers (validateAnswer on the server side)', () => {
  it('feedback.submit(required rating answered "n/a" where allowed) → stored', async () => {
    const adapter = createMemoryAdapter({ templates: [template] });
    const stored = await adapter.feedback.submit(
      { ...base, answers: { coaching: 'n/a' } },
      { idempotencyKey: 'k1' },
    );
    expect(stored.answers).toEqual({ coaching: 'n/a' });
  });

  it('feedback.submit(text over maxLength) → INVALID_FEEDBACK naming answers.comments and the rule', async () => {
    const adapter = createMemoryAdapter({ templates: [template] });
    const error = await adapter.feedback
      .submit({ ...base, answers: { coaching: 3, comments: 'far too long here' } }, { idempotencyKey: 'k2' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NorthstarError);
    expect(error).toMatchObject({
      code: 'INVALID_FEEDBACK',
      details: { field: 'answers.comments', rule: 'maxLength' },
    });
    expect((error as Error).message).toContain('at most 10');
  });

  it('feedback.saveDraft(required question still open) → saved; submit of the same answers → required error', async () => {
    const adapter = createMemoryAdapter({ templates: [template] });
    await expect(
      adapter.feedback.saveDraft({ ...base, answers: {} }, { idempotencyKey: 'k3' }),
    ).resolves.toMatchObject({
      answers: {},
    });
    const error = await adapter.feedback
      .submit({ ...base, answers: {} }, { idempotencyKey: 'k4' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'INVALID_FEEDBACK',
      details: { field: 'answers.coaching', rule: 'required' },
    });
  });

  it('feedback.submit(multiple choice) → stored as the list; an unknown option → INVALID_FEEDBACK naming the question', async () => {
    const picks: FeedbackTemplate = {
      id: 't',
      questions: [
        { id: 'strengths', kind: 'choice', multiple: true, maxSelected: 2, options: ['A', 'B', 'C'] },
      ],
    };
    const adapter = createMemoryAdapter({ templates: [picks] });
    const stored = await adapter.feedback.submit(
      { ...base, answers: { strengths: ['C', 'A'] } },
      { idempotencyKey: 'k5' },
    );
    expect(stored.answers).toEqual({ strengths: ['C', 'A'] });
    const summary = await adapter.feedback.summarize({ subjectId: 'p-2', templateId: 't' });
    // One peer is below the default threshold of 3: the picks are withheld, not shown.
    expect(summary.subjects[0]?.questions[0]).toMatchObject({ groups: [], withheld: ['peer'] });
    const error = await adapter.feedback
      .submit({ ...base, raterId: 'p-4', answers: { strengths: ['A', 'Z'] } }, { idempotencyKey: 'k6' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'INVALID_FEEDBACK',
      details: { field: 'answers.strengths', rule: 'option' },
    });
    expect((error as Error).message).toContain('"strengths"');
  });
});
