import type { FeedbackRequest, Relationship } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import type { FeedbackTranslate } from '../feedback-form/feedbackTranslate.types.js';
import { createTranslator } from '../i18n/createTranslator.js';
import { SAMPLE_FEEDBACK_TEMPLATE } from '../stories/sampleFeedback.js';
import { explainAnonymity } from './explainAnonymity.js';
import { FEEDBACK_FORM_MESSAGES } from './feedbackFormMessages.js';

const t = createTranslator(FEEDBACK_FORM_MESSAGES, 'en') as FeedbackTranslate;
const request = (
  raterId: string,
  relationship: Relationship,
  status: FeedbackRequest['status'] = 'open',
): FeedbackRequest => ({
  id: `req-${raterId}`,
  templateId: 'h2-360',
  subjectId: 'p-053',
  raterId,
  relationship,
  status,
  requestedAt: '2026-11-01T09:00:00Z',
});
const explain = (relationship: Relationship, requests?: FeedbackRequest[]) =>
  explainAnonymity({ template: SAMPLE_FEEDBACK_TEMPLATE, relationship, subjectId: 'p-053', requests, t });

describe('explainAnonymity', () => {
  it('explainAnonymity(peer, 3 peers asked, threshold 3) → holds: shown only combined with at least 2 others', () => {
    const a = explain('peer', [
      request('a', 'peer'),
      request('b', 'peer'),
      request('c', 'peer', 'submitted'),
    ]);
    expect(a).toMatchObject({ offered: true, holds: true, groupSize: 3, threshold: 3, tone: 'info' });
    expect(a.message).toBe(
      'Your answers are shown only combined with at least 2 other raters in your group (peers); your name is never shown.',
    );
  });

  it('explainAnonymity(peer, 2 asked + 1 declined) → warning: merged or withheld, with the real numbers', () => {
    const a = explain('peer', [
      request('a', 'peer'),
      request('b', 'peer'),
      request('c', 'peer', 'declined'),
      request('d', 'direct-report'),
    ]);
    expect(a).toMatchObject({ holds: false, groupSize: 2, tone: 'warning' });
    expect(a.message).toContain('Only 2 raters were asked in your group (peers), fewer than the 3 needed');
  });

  it('explainAnonymity(manager) → never anonymous, the only manager told so', () => {
    const a = explain('manager', [request('m', 'manager')]);
    expect(a).toMatchObject({ offered: false, holds: false, tone: 'warning' });
    expect(a.message).toBe(
      'Manager feedback cannot be anonymous: you are the only manager, so your answers are shown as yours.',
    );
  });

  it('explainAnonymity(self) → not offered; (no requests known) → offered with the threshold rule', () => {
    expect(explain('self')).toMatchObject({ offered: false, holds: false });
    expect(explain('direct-report').message).toBe(
      'Your answers are shown only when at least 3 people in your group have answered; your name is never shown.',
    );
  });

  it('explainAnonymity(template without allowAnonymous) → not offered', () => {
    const a = explainAnonymity({
      template: { ...SAMPLE_FEEDBACK_TEMPLATE, allowAnonymous: false },
      relationship: 'peer',
      subjectId: 'p-053',
      t,
    });
    expect(a).toMatchObject({ offered: false, holds: false });
  });
});
