import type { MemoryAdapterSeed } from '@northstar/core/adapters';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../test-support/client.js';
import { startTestServer, type TestServer } from '../testing.js';

// A small organisation: a manager (m) with three reports who rate each other, and an HR admin (hr).
const seed: MemoryAdapterSeed = {
  people: [
    { id: 'hr', name: 'Hana Rossi', department: 'People', managerId: null },
    { id: 'm', name: 'Mo Adebayo', department: 'Eng', managerId: null },
    { id: 'a', name: 'Ana Lima', department: 'Eng', managerId: 'm' },
    { id: 'b', name: 'Ben Okafor', department: 'Eng', managerId: 'm' },
    { id: 'c', name: 'Chen Wei', department: 'Eng', managerId: 'm' },
    { id: 'd', name: 'Dara Novak', department: 'Eng', managerId: 'm' },
  ],
  templates: [
    {
      id: 'picks',
      anonymityThreshold: 3,
      questions: [
        {
          id: 'strengths',
          kind: 'choice',
          multiple: true,
          minSelected: 1,
          maxSelected: 2,
          required: true,
          options: ['Mentoring', 'Planning', 'Delivery'],
        },
      ],
    },
  ],
};
const key = (raterId: string) => ({ templateId: 'picks', subjectId: 'a', raterId, relationship: 'peer' });

let server: TestServer;
let http: ReturnType<typeof api>;
beforeAll(async () => {
  server = await startTestServer({ seed });
  http = api(server);
});
afterAll(async () => {
  await server?.stop();
});

describe('multiple-choice feedback over REST', () => {
  it('a draft and a response hold the picked options as a list; the summary counts each option per rater', async () => {
    const draft = await http.put('/api/feedback/drafts', 'b', {
      ...key('b'),
      answers: { strengths: ['Planning'] },
    });
    expect(draft).toMatchObject({ status: 200, body: { answers: { strengths: ['Planning'] } } });
    const picks: Record<string, string[]> = {
      b: ['Mentoring', 'Planning'],
      c: ['Mentoring'],
      d: ['Delivery', 'Mentoring'],
    };
    for (const [rater, strengths] of Object.entries(picks)) {
      const sent = await http.post('/api/feedback/responses', rater, {
        ...key(rater),
        answers: { strengths },
      });
      expect(sent).toMatchObject({ status: 201, body: { answers: { strengths } } });
    }
    const { body } = await http.get('/api/feedback/summary?subjectId=a&templateId=picks', 'hr');
    const peers = body.subjects[0].questions[0].groups.find((g: { group: string }) => g.group === 'peer');
    expect(peers).toMatchObject({ count: 3, distribution: { Mentoring: 3, Planning: 1, Delivery: 1 } });
  });

  it('an option outside the template → 422 INVALID_FEEDBACK naming the question', async () => {
    const { status, body } = await http.post('/api/feedback/responses', 'm', {
      ...key('m'),
      relationship: 'manager',
      answers: { strengths: ['Mentoring', 'Juggling'] },
    });
    expect(status).toBe(422);
    expect(body).toMatchObject({ code: 'INVALID_FEEDBACK', field: 'answers.strengths' });
    expect(body.detail).toContain('"strengths"');
    expect(body.detail).toContain('"Juggling"');
  });

  it('too many picks → 422 naming the question; a list of numbers → 400 VALIDATION naming the answer field', async () => {
    const tooMany = await http.post('/api/feedback/responses', 'm', {
      ...key('m'),
      relationship: 'manager',
      answers: { strengths: ['Mentoring', 'Planning', 'Delivery'] },
    });
    expect(tooMany).toMatchObject({
      status: 422,
      body: { code: 'INVALID_FEEDBACK', field: 'answers.strengths' },
    });
    const numbers = await http.post('/api/feedback/responses', 'm', {
      ...key('m'),
      relationship: 'manager',
      answers: { strengths: [1, 2] },
    });
    expect(numbers.status).toBe(400);
    expect(numbers.body.code).toBe('VALIDATION');
    expect(JSON.stringify(numbers.body)).toContain('strengths');
  });
});
