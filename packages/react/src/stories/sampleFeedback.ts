import type { FeedbackQuestion, FeedbackTemplate } from '@northstar/core';
import { SAMPLE_ORG } from './sampleOrg.js';

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

/**
 * A subject of the sample organisation with self, manager and peer responses, and the template's threshold.
 *
 * @example
 * <FeedbackSummary responses={SAMPLE_ORG.responses} template={SAMPLE_FEEDBACK_TEMPLATE} subjectId={SAMPLE_SUBJECT_ID} />
 */
export const SAMPLE_SUBJECT_ID = 'p-053';
