import type { FeedbackQuestion, FeedbackTemplate, Relationship } from '@northstar/core';
import {
  compareSelfToOthers,
  type FeedbackAggregate,
  type FeedbackGroup,
  type GapKind,
  type QuestionGap,
  type SectionGap,
} from '@northstar/core/feedback';
import type { FeedbackTranslate } from '../feedback-form/feedbackTranslate.types.js';

/** How the summary formats numbers (`Intl.NumberFormat` of the provider locale in the widget). */
export type SummaryNumberFormat = (value: number, options?: Intl.NumberFormatOptions) => string;

/** One group's numbers for one question, straight from `aggregateFeedback`. */
export interface SummaryGroupModel {
  group: FeedbackGroup;
  label: string;
  count: number;
  countText: string;
  mean: number | null;
  meanNormalized: number | null;
  meanText: string;
  distribution: { key: string; label: string; count: number; text: string }[];
}

/** One question of the summary. */
export interface SummaryQuestionModel {
  id: string;
  prompt: string;
  section: string | null;
  kind: FeedbackQuestion['kind'];
  /** A multiple choice: each option's count is out of the group's raters ("chosen by 4 of 6"). */
  multiple: boolean;
  scale: { min: number; max: number } | null;
  groups: SummaryGroupModel[];
  /** `overall` from core: every shown group except self, pooled. */
  overall: SummaryGroupModel | null;
  withheld: { group: Relationship; label: string; reason: string }[];
  gap: (QuestionGap & { text: string }) | null;
  /** Comments per shown group, in core's code-unit order (never by rater or time). */
  comments: { group: FeedbackGroup; label: string; comments: string[] }[];
}

/**
 * The 360 summary's view model: only numbers from core (`aggregateFeedback`, `compareSelfToOthers`), with every
 * label and sentence translated; `empty` without responses, `invalid` when core rejects the input.
 *
 * @example
 * const model: FeedbackSummaryModel = resolveFeedbackSummary({ aggregate, template, subjectId: 'p-053', t, format });
 */
export type FeedbackSummaryModel =
  | {
      status: 'ready';
      subjectId: string;
      threshold: number;
      responseCount: number;
      responseCountText: string;
      questions: SummaryQuestionModel[];
      sections: (SectionGap & { text: string })[];
      blindSpots: SummaryQuestionModel[];
      hiddenStrengths: SummaryQuestionModel[];
      /** Shown when any question withheld a group: how `combined` works. */
      withheldNote: string | null;
    }
  | { status: 'empty'; message: string }
  | {
      status: 'invalid';
      /** In the reader's language, naming the question when there is one. */
      message: string;
      questionId: string | null;
      /** Core's English message, for the console. */
      detail: string;
    };

/**
 * What `resolveFeedbackSummary` takes.
 *
 * @example
 * const input: ResolveFeedbackSummaryInput = { aggregate: aggregateFeedback(responses, template), template, subjectId: 'p-053', t, format };
 */
export interface ResolveFeedbackSummaryInput {
  aggregate: FeedbackAggregate;
  template: FeedbackTemplate;
  subjectId: string;
  t: FeedbackTranslate;
  format: SummaryNumberFormat;
}

const MEAN_FORMAT: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
const GAP_FORMAT: Intl.NumberFormatOptions = { maximumFractionDigits: 2, signDisplay: 'exceptZero' };

function groupModel(
  group: FeedbackAggregate['subjects'][number]['questions'][number]['groups'][number],
  question: FeedbackQuestion,
  input: ResolveFeedbackSummaryInput,
): SummaryGroupModel {
  const { t, format } = input;
  const max = question.scale?.max ?? 5;
  const labels = question.scale?.labels;
  const min = question.scale?.min ?? 1;
  const step = question.scale?.step;
  const multiple = question.kind === 'choice' && question.multiple === true;
  const distribution = Object.entries(group.distribution).map(([key, count]) => {
    let label = key;
    if (question.kind === 'rating') {
      const index = step === undefined ? -1 : Math.round((Number(key) - min) / step);
      label = labels?.[index] !== undefined ? `${format(Number(key))} ${labels[index]}` : format(Number(key));
    }
    // A rater may pick several options, so a count only means something next to the number of raters.
    const text = multiple
      ? t('feedbackSummary.chosenBy', { label, count, total: group.count })
      : t('feedbackSummary.distributionItem', { label, count });
    return { key, label, count, text };
  });
  return {
    group: group.group,
    label: t(`feedbackSummary.group.${group.group}`),
    count: group.count,
    countText: t(multiple ? 'feedbackSummary.respondents' : 'feedbackSummary.count', { count: group.count }),
    mean: group.mean,
    meanNormalized: group.meanNormalized,
    meanText:
      group.mean === null
        ? t('feedbackSummary.noMean')
        : t('feedbackSummary.mean', { mean: format(group.mean, MEAN_FORMAT), max: format(max) }),
    distribution,
  };
}

/**
 * Builds the 360 summary for one subject from core's aggregate: per question and group the mean on the template's
 * scale, counts and distribution; withheld groups with the reason; the self-versus-others gap per question and
 * section with blind spots and hidden strengths; comments per group, never attributable.
 *
 * @example
 * const model = resolveFeedbackSummary({ aggregate, template, subjectId: 'p-053', t, format });
 * model.status === 'ready' && model.questions[0]?.withheld[0]?.reason; // 'Peers: withheld — fewer than 3 peer responses'
 */
export function resolveFeedbackSummary(input: ResolveFeedbackSummaryInput): FeedbackSummaryModel {
  const { aggregate, template, subjectId, t, format } = input;
  const subject = aggregate.subjects.find((s) => s.subjectId === subjectId);
  if (!subject || subject.responseCount === 0)
    return { status: 'empty', message: t('feedbackSummary.empty') };
  const comparison = compareSelfToOthers(subject, template);
  const gaps = new Map(comparison.questions.map((g) => [g.questionId, g]));
  const byId = new Map(template.questions.map((q) => [q.id, q]));
  const gapText = (
    kind: GapKind,
    self: number | null,
    others: number | null,
    gap: number | null,
    normalized: number,
  ) =>
    t(`feedbackSummary.gap.${kind}`, {
      self: self === null ? '–' : format(self, MEAN_FORMAT),
      others: others === null ? '–' : format(others, MEAN_FORMAT),
      gap: gap === null ? format(normalized, { ...GAP_FORMAT, style: 'percent' }) : format(gap, GAP_FORMAT),
    });
  const questions: SummaryQuestionModel[] = subject.questions.map((summary) => {
    const question = byId.get(summary.questionId) ?? { id: summary.questionId, kind: summary.kind };
    const groups = summary.groups.map((g) => groupModel(g, question, input));
    const gap = gaps.get(summary.questionId);
    return {
      id: summary.questionId,
      prompt: question.prompt ?? question.id,
      section: question.section ?? null,
      kind: summary.kind,
      multiple: question.kind === 'choice' && question.multiple === true,
      scale:
        summary.kind === 'rating' ? { min: question.scale?.min ?? 1, max: question.scale?.max ?? 5 } : null,
      groups,
      overall: summary.overall ? groupModel(summary.overall, question, input) : null,
      withheld: summary.withheld.map((group) => ({
        group,
        label: t(`feedbackSummary.group.${group}`),
        reason: t(`feedbackSummary.withheld.${group}`, { count: aggregate.anonymityThreshold }),
      })),
      gap: gap ? { ...gap, text: gapText(gap.kind, gap.self, gap.others, gap.gap, gap.gapNormalized) } : null,
      comments:
        summary.kind === 'text'
          ? summary.groups
              .filter((g) => g.comments.length > 0)
              .map((g) => ({
                group: g.group,
                label: t(`feedbackSummary.group.${g.group}`),
                comments: g.comments,
              }))
          : [],
    };
  });
  return {
    status: 'ready',
    subjectId,
    threshold: aggregate.anonymityThreshold,
    responseCount: subject.responseCount,
    responseCountText: t('feedbackSummary.responses', { count: subject.responseCount }),
    questions,
    sections: comparison.sections.map((s) => ({
      ...s,
      text: gapText(s.kind, s.self, s.others, s.gap, s.gapNormalized),
    })),
    blindSpots: questions.filter((q) => q.gap?.kind === 'blind-spot'),
    hiddenStrengths: questions.filter((q) => q.gap?.kind === 'hidden-strength'),
    withheldNote: questions.some((q) => q.withheld.length > 0)
      ? t('feedbackSummary.withheldCombined', { count: aggregate.anonymityThreshold })
      : null,
  };
}
