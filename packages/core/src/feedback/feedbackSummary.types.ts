import type { FeedbackQuestion, Relationship } from './feedback.types.js';

/**
 * Options for `aggregateFeedback`.
 *
 * @example
 * const o: AggregateFeedbackOptions = { anonymityThreshold: 5 };
 */
export interface AggregateFeedbackOptions {
  /** Minimum answers before a peer, direct-report or other group is shown; overrides the template's, default 3. */
  anonymityThreshold?: number;
}

/**
 * Which raters a group summary pools: one relationship, the withheld groups pooled (`combined`), or every shown
 * non-self group (`overall`).
 *
 * @example
 * const g: FeedbackGroup = 'combined';
 */
export type FeedbackGroup = Relationship | 'combined' | 'overall';

/**
 * Aggregated answers of one group to one question.
 *
 * @example
 * const g: GroupSummary = { group: 'peer', label: 'Peers', count: 3, mean: 4, meanNormalized: 0.75, distribution: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 1 }, comments: [] };
 */
export interface GroupSummary {
  group: FeedbackGroup;
  /** English display name of the group (replace it through your own messages in a UI). */
  label?: string;
  /** Non-null answers (for text: non-blank comments; for a multiple choice: raters who picked at least one option). */
  count: number;
  /** Mean rating in scale units; null for text/choice questions or no answers. */
  mean: number | null;
  /** Mean rating mapped onto [0, 1]; null for text/choice questions or no answers. */
  meanNormalized: number | null;
  /**
   * Rating: every scale point → count (observed values on a continuous scale); choice: every option → how many raters
   * picked it (for a multiple choice the counts may add up to more than `count`: "chosen by 4 of 6").
   */
  distribution: Record<string, number>;
  /** Text answers, trimmed, blanks dropped, sorted by code-unit order so they cannot be matched to raters by order. */
  comments: string[];
}

/**
 * One question's summary for one subject.
 *
 * @example
 * const q: QuestionSummary = { questionId: 'collab', kind: 'rating', groups: [selfGroup], withheld: ['peer'], overall: null };
 */
export interface QuestionSummary {
  questionId: string;
  kind: FeedbackQuestion['kind'];
  /** Shown groups in order self, manager, peer, direct-report, other, combined; groups without answers are left out. */
  groups: GroupSummary[];
  /** Groups that had answers but fewer than the threshold, in the same order. */
  withheld: Relationship[];
  /** Manager, every shown group and `combined` pooled (never self); null when none is shown. */
  overall: GroupSummary | null;
}

/**
 * The feedback about one subject.
 *
 * @example
 * const s: SubjectFeedback = { subjectId: 'p-2', responseCount: 4, relationships: { self: 1, manager: 1, peer: 2, 'direct-report': 0, other: 0 }, questions: [] };
 */
export interface SubjectFeedback {
  subjectId: string;
  responseCount: number;
  /** Responses per relationship. */
  relationships: Record<Relationship, number>;
  /** One summary per template question, in template order. */
  questions: QuestionSummary[];
}

/**
 * The result of `aggregateFeedback`: no rater or response ids anywhere.
 *
 * @example
 * const r: FeedbackAggregate = aggregateFeedback(responses, template);
 * r.subjects[0]?.questions[0]?.overall?.mean;
 */
export interface FeedbackAggregate {
  templateId: string;
  /** The threshold that was applied. */
  anonymityThreshold: number;
  /** Subjects sorted by id (code-unit order). */
  subjects: SubjectFeedback[];
}
