import { aggregateFeedback } from '@northstar/core/feedback';
import { describe, expect, it } from 'vitest';
import type { FeedbackTranslate } from '../feedback-form/feedbackTranslate.types.js';
import { createTranslator } from '../i18n/createTranslator.js';
import { SAMPLE_FEEDBACK_TEMPLATE, SAMPLE_SUBJECT_ID } from '../stories/sampleFeedback.js';
import { SAMPLE_ORG } from '../stories/sampleOrg.js';
import { feedbackSummaryCsv, safeCsvCell } from './feedbackSummaryCsv.js';
import { FEEDBACK_SUMMARY_MESSAGES } from './feedbackSummaryMessages.js';
import { resolveFeedbackSummary } from './resolveFeedbackSummary.js';
import { summaryChartGeometry, truncateLabel } from './summaryChartGeometry.js';

const t = createTranslator(FEEDBACK_SUMMARY_MESSAGES, 'en') as FeedbackTranslate;
const number = (locale: string) => (value: number, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(locale, options).format(value);
const template = SAMPLE_FEEDBACK_TEMPLATE;
const responses = SAMPLE_ORG.responses.filter((r) => r.subjectId === SAMPLE_SUBJECT_ID);
const aggregate = aggregateFeedback(responses, template);
const resolve = (subjectId = SAMPLE_SUBJECT_ID, format = number('en')) =>
  resolveFeedbackSummary({ aggregate, template, subjectId, t, format });
const ready = () => {
  const model = resolve();
  if (model.status !== 'ready') throw new Error(model.status);
  return model;
};

describe('resolveFeedbackSummary', () => {
  it('resolveFeedbackSummary(sample subject with 2 peers) → peers withheld with the reason, direct reports shown', () => {
    const impact = ready().questions.find((q) => q.id === 'impact')!;
    expect(impact.groups.map((g) => g.label)).toEqual(['Self', 'Manager', 'Direct reports']);
    expect(impact.withheld).toEqual([
      { group: 'peer', label: 'Peers', reason: 'Peers: withheld — fewer than 3 peer responses' },
    ]);
    expect(ready().withheldNote).toBe(
      'Small groups are pooled as “Combined small groups” when together they reach 3.',
    );
  });

  it('resolveFeedbackSummary → means, counts and distributions exactly as aggregateFeedback computed them', () => {
    const impact = ready().questions.find((q) => q.id === 'impact')!;
    const core = aggregate.subjects[0]!.questions.find((q) => q.questionId === 'impact')!;
    const reports = core.groups.find((g) => g.group === 'direct-report')!;
    const shown = impact.groups.find((g) => g.group === 'direct-report')!;
    expect([shown.mean, shown.count]).toEqual([reports.mean, reports.count]);
    expect(shown.meanText).toBe(
      `${new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(reports.mean!)} of 5`,
    );
    expect(shown.distribution.map((d) => d.count)).toEqual(Object.values(reports.distribution));
    expect(shown.distribution[0]!.label).toBe('1 Rarely');
  });

  it('resolveFeedbackSummary → self-vs-others gaps from compareSelfToOthers, sorted into blind spots and hidden strengths', () => {
    const model = ready();
    for (const q of model.questions.filter((x) => x.gap)) {
      expect(q.gap!.gap).toBeCloseTo(q.gap!.self - q.gap!.others, 10);
    }
    expect([...model.blindSpots, ...model.hiddenStrengths].every((q) => q.gap?.kind !== 'aligned')).toBe(
      true,
    );
    expect(model.sections.map((s) => s.section)).toEqual(['Delivery', 'Working with others']);
    expect(model.sections[0]!.text).toMatch(/^(Blind spot|Hidden strength|Aligned): self /);
  });

  it('resolveFeedbackSummary → comments per shown group; no rater or response id anywhere in the model', () => {
    const model = ready();
    const comments = model.questions.find((q) => q.id === 'comments')!.comments;
    expect(comments.length).toBeGreaterThan(0);
    for (const group of comments) expect(group.comments).toEqual([...group.comments].sort());
    const text = JSON.stringify(model);
    // A self response's rater is the subject, who is named anyway; every other rater must stay unnamed.
    for (const r of responses.filter((x) => x.relationship !== 'self')) {
      expect(text).not.toContain(`"${r.raterId}"`);
      expect(text).not.toContain(r.id);
    }
  });

  it('resolveFeedbackSummary(subject without responses) → empty with a sentence', () => {
    expect(resolve('p-999')).toEqual({
      status: 'empty',
      message: 'No feedback has been submitted for this person yet.',
    });
  });

  it('resolveFeedbackSummary(ar-EG formatter) → means in Arabic-Indic digits', () => {
    const model = resolve(SAMPLE_SUBJECT_ID, number('ar-EG'));
    expect(model.status === 'ready' && model.questions[0]!.groups[0]!.meanText).toMatch(/[٠-٩]/);
  });
});

describe('feedbackSummaryCsv', () => {
  it('safeCsvCell(formula-like text) → prefixed with an apostrophe; numbers untouched', () => {
    expect(safeCsvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(safeCsvCell('+1')).toBe("'+1");
    expect(safeCsvCell('@cmd')).toBe("'@cmd");
    expect(safeCsvCell('-2+3')).toBe("'-2+3");
    expect(safeCsvCell(-0.5)).toBe('-0.5');
    expect(safeCsvCell('Great work')).toBe('Great work');
  });

  it('feedbackSummaryCsv → a row per shown group, withheld group with reason, comment rows; a formula comment neutralised', () => {
    const evil = responses.map((r) =>
      r.relationship === 'self'
        ? { ...r, answers: { ...r.answers, comments: '=HYPERLINK("http://x","y")' } }
        : r,
    );
    const model = resolveFeedbackSummary({
      aggregate: aggregateFeedback(evil, template),
      template,
      subjectId: SAMPLE_SUBJECT_ID,
      t,
      format: number('en'),
    });
    const csv = feedbackSummaryCsv(model, t);
    const lines = csv.split('\n');
    expect(lines[0]).toBe('Question,Section,Group,Answers,Mean,Mean (0–1),Distribution,Note,Comment');
    expect(csv).toContain('Peers,,,,,Peers: withheld — fewer than 3 peer responses,');
    expect(csv).toContain(`Self,,,,,,"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    for (const r of responses.filter((x) => x.relationship !== 'self')) expect(csv).not.toContain(r.raterId);
  });
});

describe('summaryChartGeometry', () => {
  it('summaryChartGeometry → one bar per rating question and group with a mean, widths proportional to mean − min', () => {
    const model = ready();
    const { bars, plot } = summaryChartGeometry(model, { rtl: false });
    const ratingGroups = model.questions
      .filter((q) => q.kind === 'rating')
      .flatMap((q) => q.groups.filter((g) => g.mean !== null));
    expect(bars).toHaveLength(ratingGroups.length);
    const full = plot.right - plot.left;
    bars.forEach((bar, i) => {
      expect(bar.width).toBeCloseTo(((ratingGroups[i]!.mean! - 1) / 4) * full, 6);
      expect(bar.x).toBeCloseTo(plot.left, 6);
    });
  });

  it('summaryChartGeometry(rtl) → mirrored: bars grow from the right edge', () => {
    const ltr = summaryChartGeometry(ready(), { rtl: false });
    const rtl = summaryChartGeometry(ready(), { rtl: true });
    rtl.bars.forEach((bar, i) => {
      expect(bar.width).toBeCloseTo(ltr.bars[i]!.width, 6);
      expect(bar.x + bar.width).toBeCloseTo(rtl.plot.right, 6);
    });
    expect(rtl.ticks[0]!.x).toBeCloseTo(rtl.plot.right, 6);
  });

  it('summaryChartGeometry → a category label per rating question (its start, ellipsis when long) and a legend per drawn group', () => {
    const model = ready();
    const { rows, legend, bars, plot } = summaryChartGeometry(model, { rtl: false });
    const rating = model.status === 'ready' ? model.questions.filter((q) => q.kind === 'rating') : [];
    expect(rows.map((r) => r.prompt)).toEqual(rating.map((q) => q.prompt));
    for (const row of rows) {
      expect(row.prompt.startsWith(row.label.replace(/…$/, ''))).toBe(true);
      expect(row.labelX).toBe(plot.left);
      expect(row.labelY).toBeLessThan(row.barTop);
    }
    expect(legend.map((l) => l.group)).toEqual([...new Set(bars.map((b) => b.group))]);
    expect(legend.find((l) => l.group === 'self')?.label).toBe('Self');
  });

  it('truncateLabel → keeps the start and ends in “…”; short prompts and whole code points are kept', () => {
    expect(truncateLabel('Communicates decisions clearly and early', 20)).toBe('Communicates decisi…');
    expect(truncateLabel('Short', 20)).toBe('Short');
    expect(truncateLabel('Team 🤝🤝🤝 spirit', 7)).toBe('Team 🤝…');
  });

  it('summaryChartGeometry(rtl) → labels start at the right edge', () => {
    const rtl = summaryChartGeometry(ready(), { rtl: true });
    expect(rtl.rtl).toBe(true);
    for (const row of rtl.rows) expect(row.labelX).toBe(rtl.plot.right);
  });
});
