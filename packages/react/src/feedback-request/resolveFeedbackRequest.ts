import type { FeedbackRequest, FeedbackRequestInput, Person, Relationship } from '@northstar/core';
import type { FeedbackTranslate } from '../feedback-form/feedbackTranslate.types.js';

/**
 * One chosen rater and how they relate to the subject.
 *
 * @example
 * const choice: FeedbackRaterChoice = { raterId: 'p-052', relationship: 'peer' };
 */
export interface FeedbackRaterChoice {
  raterId: string;
  relationship: Relationship;
}

/** The relationships a rater can be asked in (the subject's own self review is not requested from others). */
export const REQUEST_RELATIONSHIPS: readonly Exclude<Relationship, 'self'>[] = [
  'manager',
  'peer',
  'direct-report',
  'other',
];

/** Core shows a peer, direct-report or other group only from this many answers when the template sets none. */
const DEFAULT_THRESHOLD = 3;

/** A person in the searchable list: checked when chosen, marked when already asked. */
export interface FeedbackRequestCandidate {
  personId: string;
  name: string;
  detail: string | null;
  checkboxId: string;
  detailId: string | null;
  checked: boolean;
  alreadyAsked: boolean;
}

/** A chosen rater with the relationship picker's labels. */
export interface FeedbackRequestChoiceModel {
  raterId: string;
  name: string;
  relationship: Exclude<Relationship, 'self'>;
  selectId: string;
  selectLabel: string;
  removeLabel: string;
  alreadyAsked: boolean;
}

/**
 * One relationship group after sending: how many raters it will have (asked before + chosen now) and whether that
 * reaches the anonymity threshold (`holds` null for managers, whose answers core always shows as theirs).
 */
export interface FeedbackRequestGroupModel {
  relationship: Exclude<Relationship, 'self'>;
  count: number;
  chosen: number;
  askedBefore: number;
  holds: boolean | null;
  tone: 'info' | 'warning';
  text: string;
}

/**
 * The request picker's view model.
 *
 * @example
 * const model: FeedbackRequestModel = resolveFeedbackRequest({ people, subjectId: 'p-053', templateId: 'h2-360', threshold: 3, requests: [], chosen: [], search: '', idPrefix: 'r', t });
 */
export interface FeedbackRequestModel {
  subjectName: string | null;
  candidates: FeedbackRequestCandidate[];
  /** "12 people found" (announced politely as the search changes). */
  resultText: string;
  /** Set when more people match than are listed. */
  moreText: string | null;
  chosen: FeedbackRequestChoiceModel[];
  groups: FeedbackRequestGroupModel[];
  threshold: number;
  sendLabel: string;
  canSend: boolean;
  /** What `feedback.request` is sent (one input per chosen rater). */
  inputs: FeedbackRequestInput[];
  /** Props that were unusable and the fallback taken (logged once by the hook). */
  issues: { prop: string; value: unknown; rule: string; fallback: string }[];
}

/**
 * What `resolveFeedbackRequest` takes.
 *
 * @example
 * const input: ResolveFeedbackRequestInput = { people, subjectId: 'p-053', templateId: 'h2-360', threshold: 3, requests, chosen, search: 'ana', idPrefix: 'r', t };
 */
export interface ResolveFeedbackRequestInput {
  people: readonly Person[];
  subjectId: string;
  templateId: string;
  /** The template's anonymity threshold (undefined → core's default, 3). */
  threshold: number | undefined;
  /** Requests already made for this subject (declined ones do not count). */
  requests: readonly FeedbackRequest[];
  chosen: readonly FeedbackRaterChoice[];
  search: string;
  idPrefix: string;
  t: FeedbackTranslate;
  /** Most candidates listed at once (the search narrows the rest); default 50. */
  maxShown?: number;
  requestedBy?: string | undefined;
  dueOn?: string | undefined;
}

/**
 * The relationship a person most likely has to the subject, from the reporting line: the subject's manager, one of
 * their direct reports, a peer (same manager), or else `other` (a skip-level manager or someone unrelated).
 *
 * @example
 * suggestRelationship({ id: 'p-224', name: 'Ana', managerId: 'p-053' }, subject); // 'direct-report'
 */
export function suggestRelationship(
  person: Person,
  subject: Person | undefined,
): Exclude<Relationship, 'self'> {
  if (subject !== undefined && person.managerId === subject.id) return 'direct-report';
  if (subject?.managerId !== undefined && subject.managerId !== null && subject.managerId === person.id)
    return 'manager';
  // Peers share the subject's manager; a skip-level manager or an unrelated person is not a peer.
  if (
    subject?.managerId !== undefined &&
    subject.managerId !== null &&
    person.id !== subject.id &&
    person.managerId === subject.managerId
  )
    return 'peer';
  return 'other';
}

/** Case- and accent-insensitive text for matching ("Soren" finds "Søren" only by its ASCII letters, "José" → "jose"). */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Builds the request picker: directory matches for the search (the subject left out), the chosen raters with their
 * relationship, and per relationship group whether its raters will reach the anonymity threshold — counting the
 * subject's earlier requests — so the sender sees "2 peers chosen: fewer than 3" before anything is sent.
 *
 * @example
 * const model = resolveFeedbackRequest({ people, subjectId: 'p-053', templateId: 'h2-360', threshold: 3, requests: [], chosen: [{ raterId: 'p-052', relationship: 'peer' }], search: '', idPrefix: 'r', t });
 * model.groups[0]?.text; // '1 peer chosen: fewer than 3, their answers will be merged with other small groups or withheld.'
 */
export function resolveFeedbackRequest(input: ResolveFeedbackRequestInput): FeedbackRequestModel {
  const { people, subjectId, templateId, requests, chosen, idPrefix, t } = input;
  const issues: FeedbackRequestModel['issues'] = [];
  let threshold = input.threshold ?? DEFAULT_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1) {
    // A broken threshold would make every group "below" it (or NaN in the sentence): use core's default instead.
    issues.push({
      prop: 'anonymityThreshold',
      value: threshold,
      rule: 'must be an integer ≥ 1',
      fallback: `using ${DEFAULT_THRESHOLD}`,
    });
    threshold = DEFAULT_THRESHOLD;
  }
  const maxShown = input.maxShown ?? 50;
  const byId = new Map(people.map((p) => [p.id, p]));
  const chosenIds = new Map(chosen.map((c) => [c.raterId, c.relationship]));
  const asked = requests.filter(
    (r) => r.subjectId === subjectId && r.templateId === templateId && r.status !== 'declined',
  );
  const askedRaters = new Set(asked.map((r) => r.raterId));
  const query = fold(input.search.trim());
  const matches = people.filter(
    (p) =>
      p.id !== subjectId &&
      (query === '' ||
        fold([p.name, p.title, p.email, p.department].filter(Boolean).join(' ')).includes(query)),
  );
  const candidates = matches.slice(0, maxShown).map((p, i): FeedbackRequestCandidate => {
    const detail = [p.title, p.department].filter(Boolean).join(' · ') || null;
    return {
      personId: p.id,
      name: p.name,
      detail,
      checkboxId: `${idPrefix}-c${i}`,
      detailId: detail === null ? null : `${idPrefix}-c${i}-detail`,
      checked: chosenIds.has(p.id),
      alreadyAsked: askedRaters.has(p.id),
    };
  });
  const choices = chosen.map((c, i): FeedbackRequestChoiceModel => {
    const name = byId.get(c.raterId)?.name ?? c.raterId;
    return {
      raterId: c.raterId,
      name,
      relationship: c.relationship === 'self' ? 'other' : c.relationship,
      selectId: `${idPrefix}-r${i}`,
      selectLabel: t('feedbackRequest.relationshipOf', { name }),
      removeLabel: t('feedbackRequest.remove', { name }),
      alreadyAsked: askedRaters.has(c.raterId),
    };
  });
  const groups: FeedbackRequestGroupModel[] = [];
  for (const relationship of REQUEST_RELATIONSHIPS) {
    const now = choices.filter((c) => c.relationship === relationship);
    if (now.length === 0) continue;
    const before = new Set(asked.filter((r) => r.relationship === relationship).map((r) => r.raterId));
    const raters = new Set([...before, ...now.map((c) => c.raterId)]);
    const askedBefore = [...before].filter((id) => !chosenIds.has(id)).length;
    const count = raters.size;
    const holds = relationship === 'manager' ? null : count >= threshold;
    const key = holds === null ? 'shown' : holds ? 'holds' : 'below';
    const sentence = t(`feedbackRequest.group.${relationship}.${key}`, { count, threshold });
    groups.push({
      relationship,
      count,
      chosen: now.length,
      askedBefore,
      holds,
      tone: holds === false ? 'warning' : 'info',
      text:
        askedBefore === 0
          ? sentence
          : t('feedbackRequest.withAskedBefore', {
              sentence,
              askedBefore: t('feedbackRequest.askedBefore', { count: askedBefore }),
            }),
    });
  }
  const subject = byId.get(subjectId);
  return {
    subjectName: subject?.name ?? null,
    candidates,
    resultText: t('feedbackRequest.results', { count: matches.length }),
    moreText:
      matches.length > candidates.length
        ? t('feedbackRequest.more', { shown: candidates.length, count: matches.length })
        : null,
    chosen: choices,
    groups,
    threshold,
    sendLabel:
      choices.length === 0
        ? t('feedbackRequest.sendNone')
        : t('feedbackRequest.send', { count: choices.length }),
    canSend: choices.length > 0,
    inputs: choices.map((c) => ({
      templateId,
      subjectId,
      raterId: c.raterId,
      relationship: c.relationship,
      ...(input.requestedBy === undefined ? {} : { requestedBy: input.requestedBy }),
      ...(input.dueOn === undefined ? {} : { dueOn: input.dueOn }),
    })),
    issues,
  };
}
