import { fail, show } from '../internal/assert.js';
import type { FeedbackTemplate } from './feedback.types.js';
import type { SubjectFeedback } from './feedbackSummary.types.js';
import type { GapKind, QuestionGap, SectionGap, SelfOthersComparison } from './selfOthersGap.types.js';

/** Half a point on a 1–5 scale. */
const DEFAULT_THRESHOLD = 0.125;

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
/** Rounds float noise away (3.5 − 3.3 is 0.2, not 0.20000000000000018). */
const tidy = (x: number): number => Number(x.toPrecision(12));

function kindOf(gapNormalized: number, threshold: number): GapKind {
  if (gapNormalized >= threshold) return 'blind-spot';
  if (gapNormalized <= -threshold) return 'hidden-strength';
  return 'aligned';
}

/**
 * Compares the subject's self ratings with others' (the `overall` group of `aggregateFeedback`, which excludes self
 * and withheld groups) per rating question and per section, flagging blind spots (self clearly higher) and hidden
 * strengths (self clearly lower) from a normalised gap of `threshold` (default 0.125, half a point on 1–5).
 *
 * @example
 * const subject = aggregateFeedback(responses, template).subjects[0]!;
 * compareSelfToOthers(subject, template).questions[0]; // { questionId: 'impact', self: 5, others: 3.5, gap: 1.5, kind: 'blind-spot', … }
 */
export function compareSelfToOthers(
  subject: SubjectFeedback,
  template: FeedbackTemplate,
  options: { threshold?: number } = {},
): SelfOthersComparison {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) {
    fail(
      'INVALID_OPTION',
      `compareSelfToOthers option "threshold" must be in (0, 1], got ${show(threshold)}`,
      {
        field: 'threshold',
        value: threshold,
      },
    );
  }
  const byId = new Map(template.questions.map((q) => [q.id, q]));
  const questions: QuestionGap[] = [];
  const normalized = new Map<string, { self: number; others: number }>();
  for (const summary of subject.questions) {
    if (summary.kind !== 'rating') continue;
    const self = summary.groups.find((g) => g.group === 'self');
    const others = summary.overall;
    if (
      self?.mean == null ||
      others?.mean == null ||
      self.meanNormalized == null ||
      others.meanNormalized == null
    )
      continue;
    const gapNormalized = tidy(self.meanNormalized - others.meanNormalized);
    normalized.set(summary.questionId, { self: self.meanNormalized, others: others.meanNormalized });
    questions.push({
      questionId: summary.questionId,
      self: self.mean,
      others: others.mean,
      gap: tidy(self.mean - others.mean),
      gapNormalized,
      kind: kindOf(gapNormalized, threshold),
    });
  }
  const sections: SectionGap[] = [];
  const order: string[] = [];
  const members = new Map<string, QuestionGap[]>();
  for (const question of template.questions) {
    if (question.section === undefined) continue;
    if (!members.has(question.section)) {
      members.set(question.section, []);
      order.push(question.section);
    }
    const gap = questions.find((g) => g.questionId === question.id);
    if (gap !== undefined) members.get(question.section)!.push(gap);
  }
  for (const section of order) {
    const gaps = members.get(section)!;
    if (gaps.length === 0) continue;
    const scales = new Set(gaps.map((g) => JSON.stringify(byId.get(g.questionId)?.scale ?? null)));
    const gapNormalized = tidy(
      mean(gaps.map((g) => normalized.get(g.questionId)!.self)) -
        mean(gaps.map((g) => normalized.get(g.questionId)!.others)),
    );
    const sameScale = scales.size === 1;
    const self = sameScale ? tidy(mean(gaps.map((g) => g.self))) : null;
    const others = sameScale ? tidy(mean(gaps.map((g) => g.others))) : null;
    sections.push({
      section,
      questionIds: gaps.map((g) => g.questionId),
      self,
      others,
      gap: self === null || others === null ? null : tidy(self - others),
      gapNormalized,
      kind: kindOf(gapNormalized, threshold),
    });
  }
  return { threshold, questions, sections };
}
