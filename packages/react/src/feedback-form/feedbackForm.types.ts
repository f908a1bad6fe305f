import type {
  FeedbackAnswer,
  FeedbackDraft,
  FeedbackRequest,
  FeedbackTemplate,
  Relationship,
} from '@northstar/core';
import type { DraftStorage } from './feedbackDraftStore.js';
import type { FeedbackFieldError, FeedbackValues } from './resolveFeedbackForm.js';

/**
 * What the form hands to `onSubmit`: the answers, the anonymity choice and the attempt series' idempotency key
 * (the same for every retry of one submission).
 *
 * @example
 * const s: FeedbackSubmission = { answers: { impact: 4 }, anonymous: true, idempotencyKey: 'k-1' };
 */
export interface FeedbackSubmission {
  answers: Record<string, FeedbackAnswer>;
  anonymous: boolean;
  idempotencyKey: string;
}

/**
 * Thrown (or rejected) by `onSubmit` to put the server's messages on fields: question id → message.
 *
 * @example
 * throw new FeedbackFieldErrors({ comments: 'Too long for our HR system' });
 */
export class FeedbackFieldErrors extends Error {
  readonly fields: Readonly<Record<string, string>>;
  constructor(fields: Readonly<Record<string, string>>, message = 'Some answers were rejected') {
    super(message);
    this.name = 'FeedbackFieldErrors';
    this.fields = fields;
  }
}

/**
 * Props of the controlled `<FeedbackForm template …>` (no provider needed) and of `useFeedbackForm`.
 *
 * @example
 * <FeedbackForm template={template} subjectId="p-053" raterId="p-224" relationship="peer" onSubmit={send} />
 */
export interface FeedbackFormControlledProps {
  template: FeedbackTemplate;
  /** Controlled answers by question id. */
  value?: FeedbackValues | undefined;
  defaultValue?: FeedbackValues | undefined;
  onValueChange?: ((answers: FeedbackValues) => void) | undefined;
  /** Sends the response; reject with `FeedbackFieldErrors` (or a core error naming `answers.<id>`) for field errors. */
  onSubmit?: ((submission: FeedbackSubmission) => Promise<unknown> | unknown) | undefined;
  /** Who is rated, who rates, and how they relate — for drafts and the anonymity explanation. */
  subjectId?: string | undefined;
  raterId?: string | undefined;
  relationship?: Relationship | undefined;
  /** The subject's feedback requests, so the anonymity explanation uses real group sizes. */
  requests?: readonly FeedbackRequest[] | undefined;
  /** The rater's group size when the host knows it without requests. */
  groupSize?: number | undefined;
  /** Where drafts are kept on this device; default `localStorage`; `null` keeps none. */
  draftStorage?: DraftStorage | null | undefined;
  /** The adapter's draft, restored when newer than the local one. */
  serverDraft?: FeedbackDraft | null | undefined;
  /** Every change, at once (the connected form debounces it into `saveDraft`). */
  onDraftChange?:
    | ((draft: { answers: Record<string, FeedbackAnswer>; anonymous: boolean }) => void)
    | undefined;
  /** The rater discarded the restored draft. */
  onDraftDiscard?: (() => void) | undefined;
  /** Renders answers without inputs that change them. */
  readOnly?: boolean | undefined;
  /** Field errors from outside (e.g. a server response that arrived later). */
  errors?: Readonly<Record<string, FeedbackFieldError>> | undefined;
}
