import { describe, expect, it } from 'vitest';
import type { FeedbackResponse, FeedbackTemplate } from '../domain/feedback.types.js';
import { NorthstarError } from '../errors/NorthstarError.js';
import type { AdapterChange, FeedbackResponseInput } from './adapter.types.js';
import { createMemoryAdapter } from './createMemoryAdapter.js';

const NOW = new Date('2025-08-15T10:00:00.000Z');
const template: FeedbackTemplate = {
  id: 'q3-360',
  title: 'Q3 360',
  allowAnonymous: true,
  questions: [
    { id: 'collab', kind: 'rating', scale: { min: 1, max: 5, step: 1 }, required: true },
    { id: 'focus', kind: 'choice', options: ['speed', 'quality'] },
    { id: 'comment', kind: 'text' },
  ],
};
const strict: FeedbackTemplate = { id: 'named', questions: [{ id: 'q', kind: 'text' }] };
const responses: FeedbackResponse[] = [
  {
    id: 'r-1',
    templateId: 'q3-360',
    subjectId: 'p-2',
    raterId: 'p-3',
    relationship: 'peer',
    answers: { collab: 4 },
    submittedAt: '2025-07-02T08:00:00Z',
  },
  {
    id: 'r-2',
    templateId: 'q3-360',
    subjectId: 'p-5',
    raterId: 'p-3',
    relationship: 'peer',
    answers: { collab: 3 },
    submittedAt: '2025-10-02T08:00:00Z',
  },
];
const cycles = [
  { id: 'q3', name: 'Q3', startsOn: '2025-07-01', endsOn: '2025-09-30', status: 'active' as const },
];

const adapter = () =>
  createMemoryAdapter({ templates: [template, strict], responses, cycles }, { now: () => NOW });
const peer: FeedbackResponseInput = {
  templateId: 'q3-360',
  subjectId: 'p-2',
  raterId: 'p-9',
  relationship: 'peer',
  answers: { collab: 5, focus: 'speed' },
};

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

describe('memory feedback: templates and responses', () => {
  it('feedback.getTemplate returns the template and an unknown id rejects NOT_FOUND', async () => {
    expect(await adapter().feedback.getTemplate('q3-360')).toEqual(template);
    const error = await rejection(adapter().feedback.getTemplate('nope'));
    expect([error.code, error.details.id]).toEqual(['NOT_FOUND', 'nope']);
  });

  it('feedback.listTemplates returns every template', async () => {
    expect((await adapter().feedback.listTemplates()).map((t) => t.id)).toEqual(['q3-360', 'named']);
  });

  it('feedback.listResponses by cycle keeps responses submitted within its dates', async () => {
    // r-1 on 2025-07-02 is inside Q3 (07-01..09-30); r-2 on 2025-10-02 is not.
    expect((await adapter().feedback.listResponses({ cycleId: 'q3' })).map((r) => r.id)).toEqual(['r-1']);
    expect((await adapter().feedback.listResponses({ subjectId: 'p-5' })).map((r) => r.id)).toEqual(['r-2']);
    expect(await adapter().feedback.listResponses({ cycleId: 'unknown' })).toEqual([]);
  });

  it('feedback.submit stores the response with an id and submittedAt', async () => {
    const a = adapter();
    const stored = await a.feedback.submit(peer, { idempotencyKey: 'k' });
    expect(stored).toEqual({ ...peer, id: 'response-1', submittedAt: NOW.toISOString() });
    expect((await a.feedback.listResponses({ subjectId: 'p-2' })).map((r) => r.id)).toEqual([
      'r-1',
      'response-1',
    ]);
  });

  it('feedback.submit twice with one key stores one response', async () => {
    const a = adapter();
    await a.feedback.submit(peer, { idempotencyKey: 'once' });
    await a.feedback.submit(peer, { idempotencyKey: 'once' });
    expect((await a.feedback.listResponses({ subjectId: 'p-2' })).length).toBe(2);
  });

  it('feedback.submit rejects bad answers with INVALID_FEEDBACK or OUT_OF_SCALE naming answers.<question>', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ collab: 6 }, 'OUT_OF_SCALE', 'answers.collab'],
      [{ collab: 2.5 }, 'OUT_OF_SCALE', 'answers.collab'],
      [{ collab: 'great' }, 'INVALID_FEEDBACK', 'answers.collab'],
      [{ collab: 4, focus: 'vibes' }, 'INVALID_FEEDBACK', 'answers.focus'],
      [{ collab: 4, comment: 7 }, 'INVALID_FEEDBACK', 'answers.comment'],
      [{ collab: 4, mystery: 1 }, 'INVALID_FEEDBACK', 'answers.mystery'],
      [{ focus: 'speed' }, 'INVALID_FEEDBACK', 'answers.collab'],
      [{ collab: null }, 'INVALID_FEEDBACK', 'answers.collab'],
    ];
    for (const [answers, code, field] of cases) {
      const error = await rejection(
        adapter().feedback.submit({ ...peer, answers } as never, { idempotencyKey: 'k' }),
      );
      expect([error.code, error.details.field]).toEqual([code, field]);
      expect(error.message).toContain(field);
    }
  });

  it('feedback.submit rejects a bad rater, relationship, anonymity or template naming the field', async () => {
    const cases: [Partial<FeedbackResponseInput>, string, string][] = [
      [{ relationship: 'boss' as never }, 'INVALID_FEEDBACK', 'relationship'],
      [{ raterId: '' }, 'INVALID_FEEDBACK', 'raterId'],
      [{ relationship: 'self' }, 'INVALID_FEEDBACK', 'raterId'],
      [{ templateId: 'named', anonymous: true, answers: {} }, 'INVALID_FEEDBACK', 'anonymous'],
      [{ templateId: 'ghost' }, 'NOT_FOUND', 'templateId'],
    ];
    for (const [change, code, field] of cases) {
      const error = await rejection(
        adapter().feedback.submit({ ...peer, ...change }, { idempotencyKey: 'k' }),
      );
      expect([error.code, error.details.field]).toEqual([code, field]);
    }
  });
});

describe('memory feedback: drafts', () => {
  const key = { templateId: 'q3-360', subjectId: 'p-2', raterId: 'p-9' };
  const draft = { ...key, relationship: 'peer' as const, anonymous: true, answers: { collab: 3 } };

  it('feedback.saveDraft then loadDraft returns the saved answers; saving again keeps the id', async () => {
    const a = adapter();
    const first = await a.feedback.saveDraft(draft, { idempotencyKey: 'd1' });
    expect(first).toEqual({ id: 'draft-1', ...draft, updatedAt: NOW.toISOString() });
    const second = await a.feedback.saveDraft(
      { ...draft, answers: { collab: 4, comment: 'wip' } },
      { idempotencyKey: 'd2' },
    );
    expect(second.id).toBe('draft-1');
    expect(await a.feedback.loadDraft(key)).toEqual(second);
  });

  it('feedback.saveDraft accepts an incomplete draft but not an off-scale answer', async () => {
    const a = adapter();
    await expect(
      a.feedback.saveDraft({ ...draft, answers: {} }, { idempotencyKey: 'd' }),
    ).resolves.toBeDefined();
    const error = await rejection(
      a.feedback.saveDraft({ ...draft, answers: { collab: 9 } }, { idempotencyKey: 'e' }),
    );
    expect([error.code, error.details.field]).toEqual(['OUT_OF_SCALE', 'answers.collab']);
  });

  it('feedback.loadDraft without a saved draft resolves null', async () => {
    expect(await adapter().feedback.loadDraft(key)).toBeNull();
  });

  it('feedback.submit deletes the rater’s draft and emits its removal', async () => {
    const a = adapter();
    const saved = await a.feedback.saveDraft(draft, { idempotencyKey: 'd' });
    const events: AdapterChange[] = [];
    a.subscribe((change) => events.push(change));
    const response = await a.feedback.submit({ ...draft, answers: { collab: 4 } }, { idempotencyKey: 's' });
    expect(await a.feedback.loadDraft(key)).toBeNull();
    expect(events).toEqual([
      { type: 'feedback', ids: [response.id], kind: 'created' },
      { type: 'feedback', ids: [saved.id], kind: 'removed' },
    ]);
  });

  it('feedback.deleteDraft removes it and an unknown id rejects NOT_FOUND', async () => {
    const a = adapter();
    const saved = await a.feedback.saveDraft(draft, { idempotencyKey: 'd' });
    await a.feedback.deleteDraft(saved.id, { idempotencyKey: 'x' });
    expect(await a.feedback.loadDraft(key)).toBeNull();
    const error = await rejection(a.feedback.deleteDraft(saved.id, { idempotencyKey: 'y' }));
    expect([error.code, error.details.id]).toEqual(['NOT_FOUND', saved.id]);
  });
});

describe('memory feedback — explicit cycleId', () => {
  it("listResponses({ cycleId }) trusts a response's own cycleId over its submission date", async () => {
    const adapter = createMemoryAdapter({
      cycles,
      templates: [template],
      responses: [
        // Submitted after Q3 ended, but filed against Q3 (a late review).
        { ...responses[1]!, id: 'late', cycleId: 'q3' },
        // Submitted inside Q3's dates, but filed against another cycle.
        { ...responses[0]!, id: 'other', cycleId: 'q4' },
      ],
    });
    const q3 = await adapter.feedback.listResponses({ cycleId: 'q3' });
    expect(q3.map((r) => r.id)).toEqual(['late']);
  });
});

describe('memory feedback: summarize and requests', () => {
  it('feedback.summarize aggregates with the template threshold and carries no rater id', async () => {
    const a = adapter();
    const summary = await a.feedback.summarize({ subjectId: 'p-2', templateId: 'q3-360' });
    expect(summary.anonymityThreshold).toBe(3);
    expect(summary.subjects.map((s) => s.subjectId)).toEqual(['p-2']);
    expect(summary.subjects[0]?.responseCount).toBe(1);
    expect(JSON.stringify(summary)).not.toContain('p-3');
    expect((await rejection(a.feedback.summarize({ subjectId: 'p-2', templateId: 'nope' }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('feedback.request creates open requests once per rater and submit marks them submitted', async () => {
    const a = adapter();
    const ask = { templateId: 'q3-360', subjectId: 'p-2', raterId: 'p-9', relationship: 'peer' as const };
    const [first] = await a.feedback.request([ask], { idempotencyKey: 'r1' });
    const [again] = await a.feedback.request([ask], { idempotencyKey: 'r2' });
    expect(again?.id).toBe(first?.id);
    expect(first).toMatchObject({ status: 'open', requestedAt: NOW.toISOString() });
    expect((await a.feedback.listRequests({ raterId: 'p-9', status: 'open' })).length).toBe(1);
    await a.feedback.submit(peer, { idempotencyKey: 's1' });
    expect((await a.feedback.listRequests({ raterId: 'p-9' }))[0]?.status).toBe('submitted');
  });

  it('feedback.request with one bad entry stores none of them and names the entry', async () => {
    const a = adapter();
    const good = { templateId: 'q3-360', subjectId: 'p-2', raterId: 'p-9', relationship: 'peer' as const };
    const bad = { ...good, raterId: 'p-8', relationship: 'boss' as never };
    const error = await rejection(a.feedback.request([good, bad], { idempotencyKey: 'r' }));
    expect(error.code).toBe('INVALID_FEEDBACK');
    expect(error.message).toContain('#1');
    expect(await a.feedback.listRequests({})).toEqual([]);
  });
});
