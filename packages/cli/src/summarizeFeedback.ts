import type {
  FeedbackAggregate,
  FeedbackGroup,
  FeedbackTemplate,
  GroupSummary,
  Relationship,
} from '@northstar/core/feedback';
import { aggregateFeedback } from '@northstar/core/feedback';
import type { LoadedResponses } from './loadFeedbackResponses.js';

/**
 * One row of the flat feedback listing: a shown or withheld group's answers to one question about one subject.
 *
 * @example
 * const row: FeedbackRow = { subjectId: 'p-2', questionId: 'impact', kind: 'rating', group: 'peer', status: 'shown', count: 3, mean: 4, meanNormalized: 0.75, comments: 0 };
 */
export interface FeedbackRow {
  subjectId: string;
  questionId: string;
  kind: 'rating' | 'text' | 'choice';
  group: FeedbackGroup;
  /** `withheld`: the group had answers but fewer than the anonymity threshold (no numbers are given). */
  status: 'shown' | 'withheld';
  count: number | null;
  mean: number | null;
  meanNormalized: number | null;
  /** Number of comments (text questions). */
  comments: number | null;
}

/**
 * Aggregates responses with the library (errors located at their lines) and keeps one subject when asked.
 *
 * @example
 * const aggregate = summarizeFeedback(loaded, template, { threshold: 3 });
 */
export function summarizeFeedback(
  loaded: LoadedResponses,
  template: FeedbackTemplate,
  options: { threshold?: number; subject?: string },
): FeedbackAggregate {
  let aggregate: FeedbackAggregate;
  try {
    aggregate = aggregateFeedback(
      loaded.responses,
      template,
      options.threshold === undefined ? {} : { anonymityThreshold: options.threshold },
    );
  } catch (error) {
    throw loaded.locator.locate(error);
  }
  if (options.subject === undefined) return aggregate;
  return { ...aggregate, subjects: aggregate.subjects.filter((s) => s.subjectId === options.subject) };
}

function shownRow(
  subjectId: string,
  questionId: string,
  kind: FeedbackRow['kind'],
  g: GroupSummary,
): FeedbackRow {
  return {
    subjectId,
    questionId,
    kind,
    group: g.group,
    status: 'shown',
    count: g.count,
    mean: g.mean,
    meanNormalized: g.meanNormalized,
    comments: kind === 'text' ? g.comments.length : null,
  };
}

/**
 * Flattens an aggregate into rows per subject, question and group (shown groups, then `overall`, then withheld ones).
 *
 * @example
 * feedbackRows(aggregate).filter((r) => r.status === 'withheld');
 */
export function feedbackRows(aggregate: FeedbackAggregate): FeedbackRow[] {
  const rows: FeedbackRow[] = [];
  for (const subject of aggregate.subjects) {
    for (const q of subject.questions) {
      for (const g of q.groups) rows.push(shownRow(subject.subjectId, q.questionId, q.kind, g));
      if (q.overall !== null) rows.push(shownRow(subject.subjectId, q.questionId, q.kind, q.overall));
      for (const w of q.withheld as Relationship[]) {
        rows.push({
          subjectId: subject.subjectId,
          questionId: q.questionId,
          kind: q.kind,
          group: w,
          status: 'withheld',
          count: null,
          mean: null,
          meanNormalized: null,
          comments: null,
        });
      }
    }
  }
  return rows;
}
