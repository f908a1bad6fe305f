import type { ScaleInput } from '../scales/scale.types.js';

/**
 * Who gave a piece of feedback, relative to its subject.
 *
 * @example
 * const peer: Relationship = 'peer';
 */
export type Relationship = 'self' | 'manager' | 'peer' | 'direct-report' | 'other';

/**
 * A question in a feedback template.
 *
 * @example
 * const q: FeedbackQuestion = { id: 'collab', kind: 'rating', prompt: 'Collaborates well', scale: { min: 1, max: 5 } };
 */
export interface FeedbackQuestion {
  id: string;
  kind: 'rating' | 'text' | 'choice';
  /** The text shown to the rater. */
  prompt?: string;
  /** Rating scale (kind `rating`); defaults to 1–5. */
  scale?: ScaleInput;
  /** Allowed answers (kind `choice`). */
  options?: readonly string[];
  /** Whether a rater may pick several options (kind `choice`); the answer is then a list of option labels. */
  multiple?: boolean;
  /** Fewest options a given answer picks (kind `choice` with `multiple`); an empty list still counts as unanswered. */
  minSelected?: number;
  /** Most options an answer may pick (kind `choice` with `multiple`). */
  maxSelected?: number;
  /** Whether the rater must answer. */
  required?: boolean;
  /** Optional help text. */
  description?: string;
  /** The section (competency) the question belongs to; consecutive questions with one section form a group. */
  section?: string;
  /** One behaviour anchor per scale level (kind `rating`, stepped scales), shown beside the level's label. */
  anchors?: readonly string[];
  /** Whether a rater may answer `NOT_APPLICABLE` instead of a rating (kind `rating`). */
  allowNotApplicable?: boolean;
  /** Fewest characters of a non-blank answer, after trimming (kind `text`). */
  minLength?: number;
  /** Most characters of an answer, after trimming (kind `text`). */
  maxLength?: number;
}

/**
 * A feedback form definition.
 *
 * @example
 * const t: FeedbackTemplate = { id: 'q3-360', title: 'Q3 360', questions: [q], allowAnonymous: true };
 */
export interface FeedbackTemplate {
  id: string;
  title?: string;
  questions: readonly FeedbackQuestion[];
  /** Whether raters may submit anonymously. */
  allowAnonymous?: boolean;
  /** Minimum responses before a non-self, non-manager group is shown (default 3). */
  anonymityThreshold?: number;
}

/**
 * An answer: a rating number, free text, a choice label, the chosen labels of a `multiple` choice,
 * `NOT_APPLICABLE` ('n/a') on a rating that allows it, or null when skipped.
 *
 * @example
 * const answers: Record<string, FeedbackAnswer> = { collab: 4, focus: 'quality', strengths: ['Mentoring', 'Planning'], comment: null };
 */
export type FeedbackAnswer = number | string | readonly string[] | null;

/**
 * One rater's answers about one subject.
 *
 * @example
 * const r: FeedbackResponse = { id: 'resp-1', subjectId: 'p-2', raterId: 'p-9', relationship: 'peer', anonymous: true, answers: { collab: 4 } };
 */
export interface FeedbackResponse {
  id: string;
  subjectId: string;
  raterId: string;
  relationship: Relationship;
  anonymous?: boolean;
  answers: Readonly<Record<string, FeedbackAnswer>>;
  /** ISO date-time of submission. */
  submittedAt?: string;
  templateId?: string;
  /** The review cycle the response belongs to, when the host tracks it. */
  cycleId?: string;
}
