import type { FeedbackAnswer, Relationship } from '../feedback/feedback.types.js';

export type {
  FeedbackAnswer,
  FeedbackQuestion,
  FeedbackResponse,
  FeedbackTemplate,
  Relationship,
} from '../feedback/feedback.types.js';

/**
 * A rater's unsubmitted answers, saved server-side so they survive reloads and devices.
 *
 * @example
 * const d: FeedbackDraft = {
 *   id: 'draft-1', templateId: 'q3-360', subjectId: 'p-2', raterId: 'p-9', relationship: 'peer',
 *   anonymous: true, answers: { collab: 4 }, updatedAt: '2025-08-01T09:00:00.000Z',
 * };
 */
export interface FeedbackDraft {
  id: string;
  templateId: string;
  subjectId: string;
  raterId: string;
  relationship: Relationship;
  anonymous?: boolean;
  /** Answers so far, by question id; may be incomplete. */
  answers: Record<string, FeedbackAnswer>;
  /** ISO date-time of the last save. */
  updatedAt: string;
}

/**
 * Where a feedback request stands: asked, answered, or turned down by the rater.
 *
 * @example
 * const status: FeedbackRequestStatus = 'open';
 */
export type FeedbackRequestStatus = 'open' | 'submitted' | 'declined';

/**
 * One rater asked for feedback on one subject under one template; the requests of a relationship group tell how
 * many raters could answer, and so whether anonymity can hold.
 *
 * @example
 * const r: FeedbackRequest = {
 *   id: 'request-1', templateId: 'q3-360', subjectId: 'p-2', raterId: 'p-9', relationship: 'peer',
 *   status: 'open', requestedAt: '2025-08-01T09:00:00.000Z',
 * };
 */
export interface FeedbackRequest {
  id: string;
  templateId: string;
  subjectId: string;
  raterId: string;
  relationship: Relationship;
  status: FeedbackRequestStatus;
  /** ISO date-time the request was made. */
  requestedAt: string;
  requestedBy?: string;
  /** ISO date the feedback is due. */
  dueOn?: string;
}
