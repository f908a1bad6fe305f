import { aggregateFeedback } from '@northstar/core/feedback';
import { describe, expect, it } from 'vitest';
import type { FeedbackTranslate } from '../feedback-form/feedbackTranslate.types.js';
import { createTranslator } from '../i18n/createTranslator.js';
import {
  SAMPLE_MULTI_CHOICE_RESPONSES,
  SAMPLE_MULTI_CHOICE_TEMPLATE,
  SAMPLE_SUBJECT_ID,
} from '../stories/sampleFeedback.js';
import { feedbackSummaryCsv } from './feedbackSummaryCsv.js';
import { FEEDBACK_SUMMARY_MESSAGES } from './feedbackSummaryMessages.js';
import { resolveFeedbackSummary } from './resolveFeedbackSummary.js';

const t = createTranslator(FEEDBACK_SUMMARY_MESSAGES, 'en') as FeedbackTranslate;
const format = (n: number) => new Intl.NumberFormat('en').format(n);
// Named answers and threshold 1, so every relationship group is shown and can be counted by hand.
const mine = SAMPLE_MULTI_CHOICE_RESPONSES.filter((r) => r.subjectId === SAMPLE_SUBJECT_ID).map((r) => ({
  ...r,
  anonymous: false,
}));
const aggregate = aggregateFeedback(mine, SAMPLE_MULTI_CHOICE_TEMPLATE, { anonymityThreshold: 1 });
const model = resolveFeedbackSummary({
  aggregate,
  template: SAMPLE_MULTI_CHOICE_TEMPLATE,
  subjectId: SAMPLE_SUBJECT_ID,
  t,
  format,
});

describe('multiple-choice questions in the 360 summary', () => {
  it('each group → "chosen by N of M" per option, M the raters of the group who picked any', () => {
    if (model.status !== 'ready') throw new Error(model.status);
    const q = model.questions.find((x) => x.id === 'strengths')!;
    expect(q.multiple).toBe(true);
    expect(q.groups.length).toBeGreaterThan(1);
    for (const g of q.groups) {
      const raters = mine.filter(
        (r) =>
          r.relationship === g.group && Array.isArray(r.answers.strengths) && r.answers.strengths.length > 0,
      );
      expect(g.countText).toBe(`${raters.length} ${raters.length === 1 ? 'rater' : 'raters'}`);
      for (const d of g.distribution) {
        const chosen = raters.filter((r) => (r.answers.strengths as string[]).includes(d.key)).length;
        expect(d.text).toBe(`${d.key}: chosen by ${chosen} of ${raters.length}`);
      }
    }
  });

  it('the CSV → option counts and a note saying they are out of the group’s raters', () => {
    const csv = feedbackSummaryCsv(model, t);
    const row = csv
      .split('\n')
      .find((line) => line.startsWith('Which strengths stand out?,Looking ahead,Self'));
    expect(row).toBeDefined();
    expect(row).toMatch(/Several options per rater: each count is out of 1 rater,$/);
  });

  it('de-DE → the counts sentence in German', () => {
    const de = createTranslator(FEEDBACK_SUMMARY_MESSAGES, 'de-DE') as FeedbackTranslate;
    const m = resolveFeedbackSummary({
      aggregate,
      template: SAMPLE_MULTI_CHOICE_TEMPLATE,
      subjectId: SAMPLE_SUBJECT_ID,
      t: de,
      format,
    });
    if (m.status !== 'ready') throw new Error(m.status);
    const self = m.questions.find((x) => x.id === 'strengths')!.groups.find((g) => g.group === 'self')!;
    expect(self.distribution[0]!.text).toMatch(/^Delivery: gewählt von [01] von 1$/);
  });
});
