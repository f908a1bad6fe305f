import type { FeedbackQuestion, FeedbackRequest, FeedbackResponse, FeedbackTemplate } from '@northstar/core';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '@northstar/core/adapters';
import type { DraftStorage } from '../feedback-form/feedbackDraftStore.js';
import { SAMPLE_ORG, SAMPLE_SEED } from './sampleOrg.js';

const base = SAMPLE_ORG.templates.find((t) => t.id === 'h2-360');
if (!base) throw new Error('sample-org.json has no template h2-360');
const question = (id: string): FeedbackQuestion => {
  const q = base.questions.find((x) => x.id === id);
  if (!q) throw new Error(`sample template h2-360 has no question ${id}`);
  return q;
};

/** Behaviour anchors per level of the sample's 1–5 "Rarely … Consistently" scale. */
const anchors = (topic: string): string[] => [
  `Seldom seen ${topic}; others step in.`,
  `Shows it now and then, mostly when asked.`,
  `Shows it in most routine work.`,
  `Shows it even under pressure.`,
  `Sets the example others follow for ${topic}.`,
];

/**
 * The sample organisation's 360 template (same id and questions, so the sample responses aggregate under it),
 * grouped into competency sections with behaviour anchors, a "not applicable" rating and a length-limited comment.
 *
 * @example
 * createMemoryAdapter({ ...SAMPLE_SEED, templates: [SAMPLE_FEEDBACK_TEMPLATE] });
 */
export const SAMPLE_FEEDBACK_TEMPLATE: FeedbackTemplate = {
  ...base,
  questions: [
    { ...question('impact'), section: 'Delivery', anchors: anchors('quality work') },
    {
      ...question('ownership'),
      section: 'Delivery',
      anchors: anchors('follow-through'),
      allowNotApplicable: true,
    },
    { ...question('collaboration'), section: 'Working with others', anchors: anchors('collaboration') },
    { ...question('communication'), section: 'Working with others', anchors: anchors('clear communication') },
    { ...question('focus'), section: 'Looking ahead' },
    { ...question('comments'), section: 'Looking ahead', maxLength: 1000 },
  ],
};

/** The options of the sample's multiple-choice question, in template order. */
const STRENGTHS = ['Delivery', 'Mentoring', 'Clear communication', 'Planning'] as const;

/**
 * The sample template plus a multiple-choice question ("Which strengths stand out? Choose up to 2"), for the
 * checkbox-group stories and tests; the other questions are unchanged.
 *
 * @example
 * <FeedbackForm template={SAMPLE_MULTI_CHOICE_TEMPLATE} onSubmit={send} />
 */
export const SAMPLE_MULTI_CHOICE_TEMPLATE: FeedbackTemplate = {
  ...SAMPLE_FEEDBACK_TEMPLATE,
  questions: [
    ...SAMPLE_FEEDBACK_TEMPLATE.questions.slice(0, 4),
    {
      id: 'strengths',
      kind: 'choice',
      multiple: true,
      maxSelected: 2,
      prompt: 'Which strengths stand out?',
      section: 'Looking ahead',
      options: STRENGTHS,
    },
    ...SAMPLE_FEEDBACK_TEMPLATE.questions.slice(4),
  ],
};

/**
 * The sample responses with a `strengths` answer derived from each response's own ratings (impact ≥ 4 →
 * Delivery, collaboration ≥ 4 → Mentoring, communication ≥ 4 → Clear communication; at most two), so the summary
 * shows realistic multiple-choice counts.
 *
 * @example
 * <FeedbackSummary responses={SAMPLE_MULTI_CHOICE_RESPONSES} template={SAMPLE_MULTI_CHOICE_TEMPLATE} subjectId="p-053" />
 */
export const SAMPLE_MULTI_CHOICE_RESPONSES: readonly FeedbackResponse[] = SAMPLE_ORG.responses.map((r) => {
  const rated = (id: string) => typeof r.answers[id] === 'number' && (r.answers[id] as number) >= 4;
  const picks = [
    rated('impact') ? STRENGTHS[0] : null,
    rated('collaboration') ? STRENGTHS[1] : null,
    rated('communication') ? STRENGTHS[2] : null,
  ]
    .filter((x) => x !== null)
    .slice(0, 2);
  return { ...r, answers: { ...r.answers, strengths: picks.length === 0 ? null : picks } };
});

/**
 * A subject of the sample organisation with self, manager and peer responses, and the template's threshold.
 *
 * @example
 * <FeedbackSummary responses={SAMPLE_ORG.responses} template={SAMPLE_FEEDBACK_TEMPLATE} subjectId={SAMPLE_SUBJECT_ID} />
 */
export const SAMPLE_SUBJECT_ID = 'p-053';

/**
 * A subject whose self-view differs clearly from others' (blind spots) and whose single peer is withheld.
 *
 * @example
 * <FeedbackSummary responses={SAMPLE_ORG.responses} template={SAMPLE_FEEDBACK_TEMPLATE} subjectId={SAMPLE_GAP_SUBJECT_ID} />
 */
export const SAMPLE_GAP_SUBJECT_ID = 'p-023';

/**
 * Open feedback requests for `SAMPLE_SUBJECT_ID`: four direct reports (enough for anonymity at threshold 3), two
 * peers (too few), the manager and the self review.
 *
 * @example
 * createMemoryAdapter({ requests: SAMPLE_FEEDBACK_REQUESTS });
 */
export const SAMPLE_FEEDBACK_REQUESTS: readonly FeedbackRequest[] = [
  ['p-053', 'self'],
  ['p-012', 'manager'],
  ['p-052', 'peer'],
  ['p-054', 'peer'],
  ['p-224', 'direct-report'],
  ['p-225', 'direct-report'],
  ['p-226', 'direct-report'],
  ['p-227', 'direct-report'],
].map(([raterId, relationship], i) => ({
  id: `request-${i + 1}`,
  templateId: 'h2-360',
  subjectId: SAMPLE_SUBJECT_ID,
  raterId: raterId as string,
  relationship: relationship as FeedbackRequest['relationship'],
  status: 'open',
  requestedAt: '2026-11-02T09:00:00.000Z',
}));

/**
 * A memory adapter over the sample organisation with the sectioned template, the sample responses filed under it
 * and the sample requests.
 *
 * @example
 * <NorthstarProvider adapter={createFeedbackSampleAdapter()}>…</NorthstarProvider>
 */
export function createFeedbackSampleAdapter(options?: MemoryAdapterOptions): MemoryAdapter {
  return createMemoryAdapter(
    {
      ...SAMPLE_SEED,
      templates: [SAMPLE_FEEDBACK_TEMPLATE],
      responses: SAMPLE_ORG.responses.map((r) => ({ ...r, templateId: 'h2-360' })),
      requests: SAMPLE_FEEDBACK_REQUESTS,
    },
    options,
  );
}

/**
 * An in-memory stand-in for localStorage, so stories and tests never leave drafts in the real browser storage.
 *
 * @example
 * <FeedbackForm {...rater} draftStorage={createMemoryDraftStorage()} />
 */
export function createMemoryDraftStorage(initial: Record<string, string> = {}): DraftStorage {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}
