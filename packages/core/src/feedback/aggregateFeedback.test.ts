import { describe, expect, it } from 'vitest';
import { errorOf as thrown } from '../internal/errorOf.js';
import { aggregateFeedback } from './aggregateFeedback.js';
import type { FeedbackAnswer, FeedbackResponse, FeedbackTemplate, Relationship } from './feedback.types.js';
import type { QuestionSummary } from './feedbackSummary.types.js';

const template: FeedbackTemplate = {
  id: 't-360',
  questions: [
    { id: 'collab', kind: 'rating', scale: { min: 1, max: 5, step: 1 } },
    { id: 'notes', kind: 'text' },
    { id: 'focus', kind: 'choice', options: ['delivery', 'people', 'craft'] },
  ],
};

let seq = 0;
/**
 * A response about subject `s1` (or `extra.subjectId`) from a fresh rater: anonymous, except self reviews (written
 * by the subject) and manager reviews, which are named as in most review processes.
 */
function resp(
  relationship: Relationship,
  answers: Record<string, FeedbackAnswer>,
  extra: Partial<FeedbackResponse> = {},
): FeedbackResponse {
  seq++;
  const subjectId = extra.subjectId ?? 's1';
  return {
    id: `resp-${seq}`,
    subjectId,
    raterId: relationship === 'self' ? subjectId : `u-${seq}`,
    relationship,
    anonymous: relationship !== 'self' && relationship !== 'manager',
    answers,
    ...extra,
  };
}

const question = (out: ReturnType<typeof aggregateFeedback>, id = 'collab'): QuestionSummary =>
  out.subjects[0]!.questions.find((q) => q.questionId === id)!;
const groupNames = (q: QuestionSummary) => q.groups.map((g) => g.group);

describe('aggregateFeedback', () => {
  it('aggregateFeedback(two anonymous peers, threshold 3) → peer group withheld, not shown', () => {
    const q = question(
      aggregateFeedback([resp('peer', { collab: 4 }), resp('peer', { collab: 2 })], template),
    );
    expect(q.groups).toEqual([]);
    expect(q.withheld).toEqual(['peer']);
    expect(q.overall).toBeNull();
  });

  it('aggregateFeedback(three peers) → peer group shown with count 3', () => {
    const q = question(
      aggregateFeedback(
        [resp('peer', { collab: 4 }), resp('peer', { collab: 5 }), resp('peer', { collab: 3 })],
        template,
      ),
    );
    expect(groupNames(q)).toEqual(['peer']);
    expect(q.groups[0]).toMatchObject({ group: 'peer', label: 'Peers', count: 3 });
    expect(q.withheld).toEqual([]);
  });

  it('aggregateFeedback(2 peers + 1 direct report) → both withheld, pooled into a combined group of 3', () => {
    // 4 + 2 + 3 = 9 over 3 answers → mean 3.
    const q = question(
      aggregateFeedback(
        [resp('peer', { collab: 4 }), resp('peer', { collab: 2 }), resp('direct-report', { collab: 3 })],
        template,
      ),
    );
    expect(q.withheld).toEqual(['peer', 'direct-report']);
    expect(q.groups).toEqual([
      {
        group: 'combined',
        label: 'Combined',
        count: 3,
        mean: 3,
        meanNormalized: 0.5,
        distribution: { 1: 0, 2: 1, 3: 1, 4: 1, 5: 0 },
        comments: [],
      },
    ]);
    expect(q.overall).toMatchObject({ group: 'overall', count: 3, mean: 3 });
  });

  it('aggregateFeedback(self and manager with one response each) → both shown', () => {
    const out = aggregateFeedback([resp('self', { collab: 5 }), resp('manager', { collab: 3 })], template);
    const q = question(out);
    expect(groupNames(q)).toEqual(['self', 'manager']);
    expect(q.groups[0]).toMatchObject({ count: 1, mean: 5, meanNormalized: 1 });
    expect(q.groups[1]).toMatchObject({ count: 1, mean: 3, meanNormalized: 0.5 });
    // Overall never includes self: it is the manager's 3 alone.
    expect(q.overall).toMatchObject({ count: 1, mean: 3 });
    expect(out.subjects[0]!.relationships).toEqual({
      self: 1,
      manager: 1,
      peer: 0,
      'direct-report': 0,
      other: 0,
    });
  });

  it('aggregateFeedback(answers 4, 5, 3 on 1–5) → mean 4, normalised 0.75, distribution with zero counts', () => {
    // (4 + 5 + 3) / 3 = 4; (4 − 1) / (5 − 1) = 0.75.
    const q = question(
      aggregateFeedback(
        [resp('peer', { collab: 4 }), resp('peer', { collab: 5 }), resp('peer', { collab: 3 })],
        template,
      ),
    );
    expect(q.groups[0]).toMatchObject({ mean: 4, meanNormalized: 0.75 });
    expect(q.groups[0]!.distribution).toEqual({ 1: 0, 2: 0, 3: 1, 4: 1, 5: 1 });
  });

  it('aggregateFeedback(skipped null answers) → not counted in count, mean or the threshold', () => {
    const q = question(
      aggregateFeedback(
        [
          resp('peer', { collab: 4 }),
          resp('peer', { collab: 2 }),
          resp('peer', { collab: null }),
          resp('manager', {}),
        ],
        template,
      ),
    );
    // Only two peers answered: under the threshold even though three responded; the manager skipped.
    expect(q.withheld).toEqual(['peer']);
    expect(q.groups).toEqual([]);
  });

  it('aggregateFeedback(text answers) → trimmed, blanks dropped, sorted, blanks not counted', () => {
    const out = aggregateFeedback(
      [
        resp('peer', { notes: '  zeal ' }),
        resp('peer', { notes: 'Apt' }),
        resp('peer', { notes: '   ' }),
        resp('peer', { notes: 'apt' }),
      ],
      template,
    );
    // Code-unit order puts uppercase before lowercase.
    expect(question(out, 'notes').groups[0]).toMatchObject({
      group: 'peer',
      count: 3,
      mean: null,
      meanNormalized: null,
      distribution: {},
      comments: ['Apt', 'apt', 'zeal'],
    });
  });

  it('aggregateFeedback(choice answers) → every option counted, zeros included', () => {
    const out = aggregateFeedback(
      [
        resp('peer', { focus: 'people' }),
        resp('peer', { focus: 'people' }),
        resp('peer', { focus: 'craft' }),
      ],
      template,
    );
    expect(question(out, 'focus').groups[0]).toMatchObject({
      count: 3,
      mean: null,
      distribution: { delivery: 0, people: 2, craft: 1 },
    });
  });

  it('aggregateFeedback(manager 1, withheld peer, 3 direct reports) → overall minus manager reveals no withheld peer', () => {
    const out = aggregateFeedback(
      [
        resp('manager', { collab: 4 }),
        resp('peer', { collab: 1 }), // the lone peer, withheld
        resp('direct-report', { collab: 5 }),
        resp('direct-report', { collab: 5 }),
        resp('direct-report', { collab: 4 }),
      ],
      template,
    );
    const q = question(out);
    expect(q.withheld).toEqual(['peer']);
    const manager = q.groups.find((g) => g.group === 'manager')!;
    const reports = q.groups.find((g) => g.group === 'direct-report')!;
    const overall = q.overall!;
    // Overall − manager − direct reports leaves nothing: count 4 − 1 − 3 = 0, sum 18 − 4 − 14 = 0.
    expect(overall.count - manager.count - reports.count).toBe(0);
    expect(
      overall.mean! * overall.count - manager.mean! * manager.count - reports.mean! * reports.count,
    ).toBeCloseTo(0, 12);
    for (const key of Object.keys(overall.distribution)) {
      expect(overall.distribution[key]! - manager.distribution[key]! - reports.distribution[key]!).toBe(0);
    }
    // The peer's 1 appears in no shown number.
    expect(overall.distribution['1']).toBe(0);
  });

  it('aggregateFeedback(threshold option 2) → two peers shown; template threshold used when no option', () => {
    const two = [resp('peer', { collab: 4 }), resp('peer', { collab: 2 })];
    expect(groupNames(question(aggregateFeedback(two, template, { anonymityThreshold: 2 })))).toEqual([
      'peer',
    ]);
    const strict = { ...template, anonymityThreshold: 5 };
    const three = [...two, resp('peer', { collab: 3 })];
    const out = aggregateFeedback(three, strict);
    expect(out.anonymityThreshold).toBe(5);
    expect(question(out).withheld).toEqual(['peer']);
  });

  it('aggregateFeedback(several subjects) → subjects sorted by id with per-subject counts', () => {
    const out = aggregateFeedback(
      [
        resp('self', { collab: 3 }, { subjectId: 'b' }),
        resp('self', { collab: 3 }, { subjectId: 'a' }),
        resp('peer', { collab: 3 }, { subjectId: 'a' }),
      ],
      template,
    );
    expect(out.subjects.map((s) => [s.subjectId, s.responseCount])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(out.subjects[0]!.questions.map((q) => q.questionId)).toEqual(['collab', 'notes', 'focus']);
  });

  it('aggregateFeedback(half-step scale, float-noise answer) → snapped to its point', () => {
    const t: FeedbackTemplate = {
      id: 't',
      questions: [{ id: 'q', kind: 'rating', scale: { min: 0, max: 1, step: 0.1 } }],
    };
    // 0.1 + 0.2 = 0.30000000000000004 is the 0.3 point; overall is the manager's 0.5 alone (self excluded).
    const out = aggregateFeedback([resp('self', { q: 0.1 + 0.2 }), resp('manager', { q: 0.5 })], t);
    const q = question(out, 'q');
    expect(q.groups[0]!.distribution['0.3']).toBe(1);
    expect(q.overall!.mean).toBeCloseTo(0.5, 12);
    expect(Object.keys(q.groups[0]!.distribution)).toHaveLength(11);
  });

  it('aggregateFeedback(continuous scale) → observed values as the distribution, exact mean', () => {
    const t: FeedbackTemplate = {
      id: 't',
      questions: [{ id: 'q', kind: 'rating', scale: { min: 0, max: 10 } }],
    };
    // (2.5 + 7.5 + 6) / 3 = 16 / 3 ≈ 5.333; normalised 0.5333.
    const q = question(
      aggregateFeedback([resp('peer', { q: 2.5 }), resp('peer', { q: 7.5 }), resp('peer', { q: 6 })], t),
      'q',
    );
    expect(q.groups[0]!.mean).toBeCloseTo(16 / 3, 12);
    expect(q.groups[0]!.meanNormalized).toBeCloseTo(16 / 30, 12);
    expect(q.groups[0]!.distribution).toEqual({ '2.5': 1, '6': 1, '7.5': 1 });
  });

  it('aggregateFeedback(scale with over 1001 points) → only observed points listed', () => {
    const t: FeedbackTemplate = {
      id: 't',
      questions: [{ id: 'q', kind: 'rating', scale: { min: 0, max: 5000, step: 1 } }],
    };
    // (10 + 4000) / 2 = 2005; normalised 2005 / 5000 = 0.401.
    const g = question(aggregateFeedback([resp('manager', { q: 4000 }), resp('manager', { q: 10 })], t), 'q')
      .groups[0]!;
    expect(g.distribution).toEqual({ 10: 1, 4000: 1 });
    expect(g).toMatchObject({ count: 2, mean: 2005, meanNormalized: 0.401 });
  });

  it('aggregateFeedback(rating question without a scale) → the 1–5 default', () => {
    const t: FeedbackTemplate = { id: 't', questions: [{ id: 'q', kind: 'rating' }] };
    const q = question(aggregateFeedback([resp('self', { q: 5 })], t), 'q');
    expect(q.groups[0]).toMatchObject({
      mean: 5,
      meanNormalized: 1,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 },
    });
    expect(thrown(() => aggregateFeedback([resp('self', { q: 6 })], t)).code).toBe('OUT_OF_SCALE');
  });

  it('aggregateFeedback(choice option "__proto__") → counted as an own key', () => {
    const t: FeedbackTemplate = {
      id: 't',
      questions: [{ id: 'q', kind: 'choice', options: ['__proto__', 'b'] }],
    };
    const g = question(aggregateFeedback([resp('self', { q: '__proto__' })], t), 'q').groups[0]!;
    expect(Object.keys(g.distribution)).toEqual(['__proto__', 'b']);
    expect(JSON.stringify(g.distribution)).toBe('{"__proto__":1,"b":0}');
  });

  it('aggregateFeedback([]) → no subjects', () => {
    expect(aggregateFeedback([], template)).toEqual({
      templateId: 't-360',
      anonymityThreshold: 3,
      subjects: [],
    });
  });

  it('aggregateFeedback(output) → no rater or response ids', () => {
    const text = JSON.stringify(
      aggregateFeedback(
        [resp('peer', { collab: 3, notes: 'ok' }, { raterId: 'who-am-i', id: 'resp-secret' })],
        template,
        {
          anonymityThreshold: 1,
        },
      ),
    );
    expect(text).not.toContain('who-am-i');
    expect(text).not.toContain('resp-secret');
  });
});

describe('aggregateFeedback errors', () => {
  it('aggregateFeedback(duplicate response id) → DUPLICATE_ID naming it', () => {
    const e = thrown(() =>
      aggregateFeedback([resp('peer', {}, { id: 'r-x' }), resp('peer', {}, { id: 'r-x' })], template),
    );
    expect(e.code).toBe('DUPLICATE_ID');
    expect(e.message).toContain('"r-x"');
  });

  it('aggregateFeedback(missing response, subject or rater id) → INVALID_ID naming the field', () => {
    const noId = thrown(() => aggregateFeedback([{ ...resp('peer', {}), id: '' }], template));
    expect(noId.code).toBe('INVALID_ID');
    expect(noId.message).toContain('index 0');
    for (const field of ['subjectId', 'raterId'] as const) {
      const e = thrown(() =>
        aggregateFeedback([resp('peer', {}, { id: 'r-9', [field]: undefined })], template),
      );
      expect(e.code).toBe('INVALID_ID');
      expect(e.message).toContain('"r-9"');
      expect(e.details).toMatchObject({ id: 'r-9', field });
    }
  });

  it('aggregateFeedback(unknown relationship) → INVALID_FEEDBACK naming the response and "relationship"', () => {
    const e = thrown(() => aggregateFeedback([resp('boss' as Relationship, {}, { id: 'r-1' })], template));
    expect(e.code).toBe('INVALID_FEEDBACK');
    expect(e.message).toContain('"r-1"');
    expect(e.details).toMatchObject({ id: 'r-1', field: 'relationship', value: 'boss' });
  });

  it('aggregateFeedback(answer to a question not in the template) → INVALID_FEEDBACK naming response and question', () => {
    const e = thrown(() => aggregateFeedback([resp('peer', { nope: 3 }, { id: 'r-2' })], template));
    expect(e.code).toBe('INVALID_FEEDBACK');
    expect(e.message).toContain('"r-2"');
    expect(e.message).toContain('"nope"');
    expect(e.details).toMatchObject({ id: 'r-2', questionId: 'nope' });
  });

  it('aggregateFeedback(rating off scale, off step, NaN or a string) → OUT_OF_SCALE naming response and question', () => {
    for (const bad of [6, 0, 2.5, Number.NaN, '4']) {
      const e = thrown(() =>
        aggregateFeedback([resp('peer', { collab: bad as number }, { id: 'r-3' })], template),
      );
      expect(e.code).toBe('OUT_OF_SCALE');
      expect(e.message).toContain('"r-3"');
      expect(e.message).toContain('"collab"');
      expect(e.details).toMatchObject({ id: 'r-3', questionId: 'collab' });
    }
  });

  it('aggregateFeedback(text answer not a string, choice not an option) → INVALID_FEEDBACK naming the question', () => {
    const text = thrown(() => aggregateFeedback([resp('peer', { notes: 5 }, { id: 'r-4' })], template));
    expect(text.code).toBe('INVALID_FEEDBACK');
    expect(text.message).toContain('"notes"');
    const choice = thrown(() =>
      aggregateFeedback([resp('peer', { focus: 'money' }, { id: 'r-5' })], template),
    );
    expect(choice.code).toBe('INVALID_FEEDBACK');
    expect(choice.message).toContain('"r-5"');
    expect(choice.message).toContain('"focus"');
  });

  it('aggregateFeedback(same rater twice about one subject, anonymous) → DUPLICATE_ID naming the subject, not the rater', () => {
    const e = thrown(() =>
      aggregateFeedback(
        [
          resp('peer', {}, { raterId: 'rater-secret', anonymous: true }),
          resp('peer', {}, { raterId: 'rater-secret', anonymous: false }),
        ],
        template,
      ),
    );
    expect(e.code).toBe('DUPLICATE_ID');
    expect(e.message).toContain('"s1"');
    expect(e.message).not.toContain('rater-secret');
    expect(JSON.stringify(e.details)).not.toContain('rater-secret');
  });

  it('aggregateFeedback(same named rater twice) → DUPLICATE_ID naming subject and rater', () => {
    const e = thrown(() =>
      aggregateFeedback(
        [
          resp('manager', {}, { raterId: 'boss-1', anonymous: false }),
          resp('manager', {}, { raterId: 'boss-1', anonymous: false }),
        ],
        template,
      ),
    );
    expect(e.code).toBe('DUPLICATE_ID');
    expect(e.message).toContain('"s1"');
    expect(e.message).toContain('"boss-1"');
  });

  it('aggregateFeedback(same rater about two subjects) → allowed', () => {
    const out = aggregateFeedback(
      [
        resp('peer', {}, { raterId: 'u', subjectId: 'a' }),
        resp('peer', {}, { raterId: 'u', subjectId: 'b' }),
      ],
      template,
    );
    expect(out.subjects).toHaveLength(2);
  });

  it('aggregateFeedback(bad threshold option) → INVALID_OPTION naming anonymityThreshold', () => {
    for (const bad of [0, 2.5, -1, Number.NaN, '3']) {
      const e = thrown(() => aggregateFeedback([], template, { anonymityThreshold: bad as number }));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.message).toContain('anonymityThreshold');
    }
    expect(thrown(() => aggregateFeedback([], template, null as unknown as undefined)).code).toBe(
      'INVALID_OPTION',
    );
  });

  it('aggregateFeedback(malformed response, answers, anonymous or templateId) → INVALID_FEEDBACK', () => {
    expect(thrown(() => aggregateFeedback({} as unknown as FeedbackResponse[], template)).code).toBe(
      'INVALID_FEEDBACK',
    );
    expect(
      thrown(() => aggregateFeedback([null as unknown as FeedbackResponse], template)).message,
    ).toContain('index 0');
    const answers = thrown(() =>
      aggregateFeedback([resp('peer', null as unknown as Record<string, never>, { id: 'r-6' })], template),
    );
    expect(answers.details).toMatchObject({ id: 'r-6', field: 'answers' });
    const anon = thrown(() =>
      aggregateFeedback([resp('peer', {}, { anonymous: 'yes' as unknown as boolean })], template),
    );
    expect(anon.details.field).toBe('anonymous');
    const tid = thrown(() => aggregateFeedback([resp('peer', {}, { templateId: 'other' })], template));
    expect(tid.code).toBe('INVALID_FEEDBACK');
    expect(tid.details.field).toBe('templateId');
  });

  it('aggregateFeedback(invalid template) → the template error', () => {
    const e = thrown(() =>
      aggregateFeedback([], { id: 't', questions: [{ id: 'q', kind: 'slider' as 'text' }] }),
    );
    expect(e.code).toBe('INVALID_FEEDBACK');
    expect(e.message).toContain('"q"');
  });
});
