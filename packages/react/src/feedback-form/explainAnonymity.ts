import type { FeedbackRequest, FeedbackTemplate, Relationship } from '@northstar/core';
import type { FeedbackTranslate } from './feedbackTranslate.types.js';

/** Core's default when the template sets no threshold. */
const DEFAULT_THRESHOLD = 3;

/**
 * What the form tells the rater about anonymity, from real numbers: whether the choice is offered, whether it can
 * hold (`holds`), the group size and threshold, and the sentence to show (`tone: 'warning'` when it cannot hold).
 *
 * @example
 * const a: AnonymityExplanation = { offered: true, holds: false, groupSize: 2, threshold: 3, tone: 'warning', message: 'Only 2 raters…' };
 */
export interface AnonymityExplanation {
  /** Whether the "answer anonymously" choice is shown. */
  offered: boolean;
  /** Whether the rater's answers will only be shown pooled with at least `threshold − 1` others. */
  holds: boolean;
  /** Raters asked in this relationship group (open or submitted requests); null when unknown. */
  groupSize: number | null;
  threshold: number;
  tone: 'info' | 'warning';
  message: string;
}

/**
 * What `explainAnonymity` takes: the template, the rater's relationship, and the requests for this subject (or a
 * known group size) from `feedback.listRequests` or props.
 *
 * @example
 * const input: ExplainAnonymityInput = { template, relationship: 'peer', subjectId: 'p-053', requests, t };
 */
export interface ExplainAnonymityInput {
  template: FeedbackTemplate;
  relationship: Relationship;
  subjectId: string;
  /** The subject's requests under this template; declined ones are not counted. */
  requests?: readonly FeedbackRequest[] | undefined;
  /** Overrides the count from `requests` (e.g. the host knows the group size). */
  groupSize?: number | undefined;
  t: FeedbackTranslate;
}

/**
 * Explains honestly what "anonymous" means for this rater: self and manager feedback is never anonymous (core always
 * shows those groups); a peer, direct-report or other group below the template's threshold is merged with other
 * small groups or withheld, and the rater is told so before they answer.
 *
 * @example
 * explainAnonymity({ template, relationship: 'peer', subjectId: 'p-053', requests, t }).message;
 * // 'Only 2 raters were asked in your group (peers), fewer than the 3 needed: …'
 */
export function explainAnonymity(input: ExplainAnonymityInput): AnonymityExplanation {
  const { template, relationship, subjectId, t } = input;
  const threshold = template.anonymityThreshold ?? DEFAULT_THRESHOLD;
  const inGroup = input.requests?.filter(
    (r) =>
      r.subjectId === subjectId &&
      r.templateId === template.id &&
      r.relationship === relationship &&
      r.status !== 'declined',
  );
  const groupSize = input.groupSize ?? (inGroup ? new Set(inGroup.map((r) => r.raterId)).size : null);
  const base = { threshold, groupSize };
  if (relationship === 'self') {
    return { ...base, offered: false, holds: false, tone: 'info', message: t('feedbackForm.anonymity.self') };
  }
  if (relationship === 'manager') {
    return {
      ...base,
      offered: false,
      holds: false,
      tone: 'warning',
      message: t('feedbackForm.anonymity.manager', { count: groupSize ?? 1 }),
    };
  }
  if (template.allowAnonymous !== true) {
    return {
      ...base,
      offered: false,
      holds: false,
      tone: 'info',
      message: t('feedbackForm.anonymity.notAllowed'),
    };
  }
  const group = t(`feedbackForm.group.${relationship}`);
  if (groupSize === null) {
    return {
      ...base,
      offered: true,
      holds: true,
      tone: 'info',
      message: t('feedbackForm.anonymity.unknown', { threshold }),
    };
  }
  if (groupSize >= threshold) {
    return {
      ...base,
      offered: true,
      holds: true,
      tone: 'info',
      message: t('feedbackForm.anonymity.holds', { count: threshold - 1, group }),
    };
  }
  return {
    ...base,
    offered: true,
    holds: false,
    tone: 'warning',
    message: t('feedbackForm.anonymity.small', { count: groupSize, threshold, group }),
  };
}
