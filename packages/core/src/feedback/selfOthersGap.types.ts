/**
 * How a self-view compares with others': `blind-spot` (self rates clearly higher), `hidden-strength` (clearly
 * lower), `aligned` (within the threshold).
 *
 * @example
 * const kind: GapKind = 'blind-spot';
 */
export type GapKind = 'blind-spot' | 'hidden-strength' | 'aligned';

/**
 * Self against others (core's `overall` group: every shown non-self group) for one rating question.
 *
 * @example
 * const g: QuestionGap = { questionId: 'impact', self: 5, others: 3.5, gap: 1.5, gapNormalized: 0.375, kind: 'blind-spot' };
 */
export interface QuestionGap {
  questionId: string;
  /** Self rating in scale units. */
  self: number;
  /** Others' mean in scale units. */
  others: number;
  /** self − others, in scale units. */
  gap: number;
  /** self − others on the normalised [0, 1] scale, comparable across scales. */
  gapNormalized: number;
  kind: GapKind;
}

/**
 * Self against others for one section (competency): the mean of its question means.
 *
 * @example
 * const s: SectionGap = { section: 'Delivery', questionIds: ['impact'], self: 5, others: 3.5, gap: 1.5, gapNormalized: 0.375, kind: 'blind-spot' };
 */
export interface SectionGap {
  section: string;
  /** The section's questions that have both a self rating and others' ratings. */
  questionIds: string[];
  /** Scale units when every question of the section shares one scale; else null (use `gapNormalized`). */
  self: number | null;
  others: number | null;
  gap: number | null;
  gapNormalized: number;
  kind: GapKind;
}

/**
 * The result of `compareSelfToOthers`.
 *
 * @example
 * const r: SelfOthersComparison = compareSelfToOthers(subject, template);
 */
export interface SelfOthersComparison {
  /** The normalised difference from which a gap counts as a blind spot or hidden strength. */
  threshold: number;
  /** Rating questions with both a self rating and a shown others' mean, in template order. */
  questions: QuestionGap[];
  /** Sections in template order (questions without `section` are in none). */
  sections: SectionGap[];
}
