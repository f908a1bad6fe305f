import type { FeedbackRequest, Person } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import type { FeedbackTranslate } from '../feedback-form/feedbackTranslate.types.js';
import { createTranslator } from '../i18n/createTranslator.js';
import { FEEDBACK_REQUEST_MESSAGES } from './feedbackRequestMessages.js';
import {
  type FeedbackRaterChoice,
  type ResolveFeedbackRequestInput,
  resolveFeedbackRequest,
  suggestRelationship,
} from './resolveFeedbackRequest.js';

const t = createTranslator(FEEDBACK_REQUEST_MESSAGES, 'en') as FeedbackTranslate;
const people: Person[] = [
  { id: 'boss', name: 'Mo Adebayo', title: 'Director', managerId: null },
  { id: 'sub', name: 'Ana Lima', title: 'Engineering manager', managerId: 'boss' },
  { id: 'p1', name: 'José Ortega', title: 'Engineer', department: 'Platform', managerId: 'boss' },
  { id: 'p2', name: 'Chen Wei', title: 'Designer', managerId: 'boss' },
  { id: 'p3', name: 'Dara Novak', title: 'Engineer', managerId: 'boss' },
  { id: 'r1', name: 'Sam Field', title: 'Engineer', managerId: 'sub' },
];
const request = (
  raterId: string,
  relationship: FeedbackRequest['relationship'],
  status = 'open',
): FeedbackRequest => ({
  id: `req-${raterId}`,
  templateId: 'h2-360',
  subjectId: 'sub',
  raterId,
  relationship,
  status: status as FeedbackRequest['status'],
  requestedAt: '2026-11-02T09:00:00.000Z',
});
const resolve = (over: Partial<ResolveFeedbackRequestInput> = {}) =>
  resolveFeedbackRequest({
    people,
    subjectId: 'sub',
    templateId: 'h2-360',
    threshold: 3,
    requests: [],
    chosen: [],
    search: '',
    idPrefix: 'r',
    t,
    ...over,
  });
const peers = (...ids: string[]): FeedbackRaterChoice[] =>
  ids.map((raterId) => ({ raterId, relationship: 'peer' }));

describe('resolveFeedbackRequest', () => {
  it('candidates → everyone but the subject; search folds case and accents over name, title, email, department', () => {
    expect(resolve().candidates.map((c) => c.personId)).toEqual(['boss', 'p1', 'p2', 'p3', 'r1']);
    expect(resolve({ search: 'jose' }).candidates.map((c) => c.name)).toEqual(['José Ortega']);
    expect(resolve({ search: 'ENGINEER' }).candidates.map((c) => c.personId)).toEqual(['p1', 'p3', 'r1']);
    expect(resolve({ search: 'platform' }).candidates[0]).toMatchObject({
      personId: 'p1',
      detail: 'Engineer · Platform',
      detailId: 'r-c0-detail',
    });
    expect(resolve({ search: 'engineer' }).resultText).toBe('3 people found');
    expect(resolve({ search: 'zzz' }).resultText).toBe('0 people found');
  });

  it('more matches than maxShown → the first ones listed and a note to search', () => {
    const model = resolve({ maxShown: 2 });
    expect(model.candidates).toHaveLength(2);
    expect(model.moreText).toBe('Showing the first 2 of 5: search to narrow the list.');
  });

  it('suggestRelationship → the subject’s manager, a direct report, a peer (same manager), else other', () => {
    const subject = people[1];
    expect(suggestRelationship(people[0]!, subject)).toBe('manager');
    expect(suggestRelationship(people[5]!, subject)).toBe('direct-report');
    expect(suggestRelationship(people[2]!, subject)).toBe('peer');
    expect(suggestRelationship(people[2]!, undefined)).toBe('other');
  });

  it('suggestRelationship → a skip-level manager (the manager’s manager) or an unrelated person is “other”, not a peer', () => {
    const director: Person = { id: 'vp', name: 'Ines Moreau', title: 'VP', managerId: null };
    const boss: Person = { ...people[0]!, managerId: 'vp' };
    const subject = people[1];
    expect(suggestRelationship(director, subject)).toBe('other');
    expect(suggestRelationship(boss, subject)).toBe('manager');
    const stranger: Person = { id: 'x1', name: 'Kai Berg', title: 'Sales', managerId: 'elsewhere' };
    expect(suggestRelationship(stranger, subject)).toBe('other');
    // The top of the tree has no manager, so nobody is its peer.
    expect(suggestRelationship(director, people[0])).toBe('other');
  });

  it('2 peers chosen at threshold 3 → a warning that their answers are merged or withheld', () => {
    const model = resolve({ chosen: peers('p1', 'p2') });
    expect(model.groups).toEqual([
      {
        relationship: 'peer',
        count: 2,
        chosen: 2,
        askedBefore: 0,
        holds: false,
        tone: 'warning',
        text: '2 peers chosen: fewer than 3, their answers will be merged with other small groups or withheld.',
      },
    ]);
    expect(model.candidates.filter((c) => c.checked).map((c) => c.personId)).toEqual(['p1', 'p2']);
  });

  it('earlier open requests count towards the group (declined ones do not); the chosen one is not counted twice', () => {
    const requests = [request('p3', 'peer'), request('p2', 'peer'), request('r1', 'peer', 'declined')];
    const model = resolve({ chosen: peers('p1', 'p2'), requests });
    expect(model.groups[0]).toMatchObject({ count: 3, askedBefore: 1, holds: true, tone: 'info' });
    expect(model.groups[0]!.text).toBe(
      '3 peers chosen: enough for anonymous answers (3 needed). This includes 1 person asked before.',
    );
    expect(model.candidates.find((c) => c.personId === 'p3')?.alreadyAsked).toBe(true);
    expect(model.chosen.find((c) => c.raterId === 'p2')?.alreadyAsked).toBe(true);
  });

  it('a manager → never anonymous (holds null), whatever the count', () => {
    const model = resolve({ chosen: [{ raterId: 'boss', relationship: 'manager' }] });
    expect(model.groups[0]).toMatchObject({ relationship: 'manager', holds: null, tone: 'info' });
    expect(model.groups[0]!.text).toBe(
      '1 manager chosen: manager answers are always shown as theirs, never anonymously.',
    );
  });

  it('inputs and the send label → one request per chosen rater, with requestedBy and dueOn', () => {
    const model = resolve({
      chosen: [...peers('p1'), { raterId: 'r1', relationship: 'direct-report' }],
      requestedBy: 'sub',
      dueOn: '2026-12-15',
    });
    expect(model.inputs).toEqual([
      {
        templateId: 'h2-360',
        subjectId: 'sub',
        raterId: 'p1',
        relationship: 'peer',
        requestedBy: 'sub',
        dueOn: '2026-12-15',
      },
      {
        templateId: 'h2-360',
        subjectId: 'sub',
        raterId: 'r1',
        relationship: 'direct-report',
        requestedBy: 'sub',
        dueOn: '2026-12-15',
      },
    ]);
    expect(model.sendLabel).toBe('Request feedback from 2 people');
    expect(model.chosen.map((c) => c.selectLabel)).toEqual([
      'Relationship of José Ortega',
      'Relationship of Sam Field',
    ]);
    expect(resolve()).toMatchObject({ canSend: false, sendLabel: 'Request feedback' });
  });

  it('no threshold on the template → core’s default of 3; a chosen id missing from the directory shows as its id', () => {
    const model = resolve({ threshold: undefined, chosen: peers('ghost') });
    expect(model.threshold).toBe(3);
    expect(model.chosen[0]!.name).toBe('ghost');
    expect(model.issues).toEqual([]);
  });

  it('a threshold of 0 or NaN → core’s default 3 and an issue naming the prop, never NaN in a sentence', () => {
    for (const threshold of [0, Number.NaN, 2.5]) {
      const model = resolve({ threshold, chosen: peers('p1') });
      expect(model.threshold).toBe(3);
      expect(model.issues).toMatchObject([{ prop: 'anonymityThreshold', fallback: 'using 3' }]);
      expect(model.groups[0]!.text).toBe(
        '1 peer chosen: fewer than 3, their answers will be merged with other small groups or withheld.',
      );
    }
  });

  it('every catalogue locale → its own sentence with the numbers; Arabic-Indic digits in ar-EG', () => {
    const english = resolve({ chosen: peers('p1', 'p2') }).groups[0]!.text;
    for (const locale of ['de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP', 'ar-EG']) {
      const tl = createTranslator(FEEDBACK_REQUEST_MESSAGES, locale) as FeedbackTranslate;
      const text = resolve({ chosen: peers('p1', 'p2'), t: tl }).groups[0]!.text;
      expect(text).not.toBe(english);
    }
    const ar = createTranslator(FEEDBACK_REQUEST_MESSAGES, 'ar-EG') as FeedbackTranslate;
    expect(resolve({ chosen: peers('p1', 'p2'), t: ar }).groups[0]!.text).toContain('٣');
  });
});
