import { csvFormatRows } from 'd3-dsv';
import type { FeedbackTranslate } from '../feedback-form/feedbackTranslate.types.js';
import type { FeedbackSummaryModel } from './resolveFeedbackSummary.js';

/**
 * Neutralises a text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) by
 * prefixing an apostrophe, as OWASP recommends; numbers are written as numbers.
 *
 * @example
 * safeCsvCell('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 */
export function safeCsvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The summary as CSV for a spreadsheet: one row per question and shown group (count, mean in scale units and
 * normalised, distribution), one per withheld group with its reason, one per comment — no rater ids, comments in
 * core's order, every text cell formula-safe.
 *
 * @example
 * const csv = feedbackSummaryCsv(model, t);
 * download(new Blob([csv], { type: 'text/csv' }));
 */
export function feedbackSummaryCsv(model: FeedbackSummaryModel, t: FeedbackTranslate): string {
  const header = [
    t('feedbackSummary.column.question'),
    t('feedbackSummary.csv.section'),
    t('feedbackSummary.column.group'),
    t('feedbackSummary.column.count'),
    t('feedbackSummary.column.mean'),
    t('feedbackSummary.csv.meanNormalized'),
    t('feedbackSummary.column.distribution'),
    t('feedbackSummary.csv.note'),
    t('feedbackSummary.csv.comment'),
  ];
  const rows: (string | number | null)[][] = [];
  if (model.status === 'ready') {
    for (const q of model.questions) {
      for (const g of q.groups) {
        const distribution = g.distribution.map((d) => `${d.key}=${d.count}`).join('; ');
        rows.push([
          q.prompt,
          q.section,
          g.label,
          g.count,
          g.mean,
          g.meanNormalized,
          distribution,
          q.multiple ? t('feedbackSummary.csv.multipleNote', { count: g.count }) : null,
          null,
        ]);
      }
      for (const w of q.withheld)
        rows.push([q.prompt, q.section, w.label, null, null, null, null, w.reason, null]);
      for (const c of q.comments) {
        for (const comment of c.comments) {
          rows.push([q.prompt, q.section, c.label, null, null, null, null, null, comment]);
        }
      }
    }
  }
  return csvFormatRows([header, ...rows].map((row) => row.map(safeCsvCell)));
}
