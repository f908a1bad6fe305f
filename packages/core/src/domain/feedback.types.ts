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
