import type { FeedbackAnswer, FeedbackQuestion, FeedbackTemplate } from '@northstar/core';
import { type AnswerIssue, validateAnswer, validateFeedbackTemplate } from '@northstar/core/feedback';
import { describeFeedbackError } from './describeFeedbackError.js';
import type { FeedbackTranslate } from './feedbackTranslate.types.js';

/** Answers by question id, as the form holds them (`undefined` = never touched). */
export type FeedbackValues = Readonly<Record<string, FeedbackAnswer | undefined>>;

/**
 * One field's error: a rule of core's `validateAnswer`, or `server` with the adapter's message.
 *
 * @example
 * const e: FeedbackFieldError = { rule: 'required' };
 */
export interface FeedbackFieldError {
  rule: AnswerIssue['rule'] | 'server';
  limit?: number;
  min?: number;
  max?: number;
  message?: string;
}

/** One level of a rating: the value, its label and behaviour anchor. */
export interface FeedbackLevelModel {
  value: number;
  id: string;
  label: string;
  anchor: string | null;
}

/** One question as the view renders it; ids tie labels, descriptions and errors together. */
export interface FeedbackQuestionModel {
  id: string;
  index: number;
  kind: FeedbackQuestion['kind'];
  prompt: string;
  description: string | null;
  required: boolean;
  requiredText: string;
  /** The input (text, select) or the group (radios) element id; error-summary links point here. */
  fieldId: string;
  labelId: string;
  descriptionId: string | null;
  errorId: string | null;
  counterId: string | null;
  /** Ids for `aria-describedby`: description, error, counter — only those present. */
  describedBy: string | undefined;
  error: string | null;
  value: FeedbackAnswer | undefined;
  answered: boolean;
  levels: FeedbackLevelModel[];
  notApplicable: { id: string; label: string } | null;
  options: { value: string; id: string }[];
  /** A multiple choice: a checkbox group with `hint` ("Choose up to 2 options.") instead of a radio group. */
  multiple: boolean;
  hint: string | null;
  hintId: string | null;
  counter: { length: number; text: string; over: boolean } | null;
  minLength: number | undefined;
  maxLength: number | undefined;
}

/** A run of consecutive questions of one section (competency); questions without `section` form untitled runs. */
export interface FeedbackSectionModel {
  id: string;
  title: string | null;
  questions: FeedbackQuestionModel[];
  answered: number;
  total: number;
  progressText: string;
}

/**
 * The form's view model: sections in template order, progress, error summary — or why the template cannot be shown.
 *
 * @example
 * const model: FeedbackFormModel = resolveFeedbackForm({ template, values: {}, errors: {}, idPrefix: 'f1', t });
 */
export type FeedbackFormModel =
  | {
      status: 'ready';
      title: string | null;
      sections: FeedbackSectionModel[];
      questions: FeedbackQuestionModel[];
      progress: { answered: number; total: number; text: string };
      errorSummary: { title: string; items: { questionId: string; href: string; message: string }[] } | null;
    }
  | {
      status: 'invalid';
      /** In the reader's language, naming the question. */
      message: string;
      questionId: string | null;
      /** Core's English message, for the console. */
      detail: string;
    };

/**
 * What `resolveFeedbackForm` takes.
 *
 * @example
 * const input: ResolveFeedbackFormInput = { template, values: { impact: 4 }, errors: {}, idPrefix: 'f1', t };
 */
export interface ResolveFeedbackFormInput {
  template: FeedbackTemplate;
  values: FeedbackValues;
  errors: Readonly<Record<string, FeedbackFieldError | undefined>>;
  /** Unique per form on the page (React `useId`), so two forms never share element ids. */
  idPrefix: string;
  t: FeedbackTranslate;
}

/** Whether the rater gave an answer (not-applicable counts; blank text and an empty selection do not). */
export function isAnswered(value: FeedbackAnswer | undefined): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

/** How many options a multiple choice wants, as one sentence (null when any number will do but none is asked). */
function selectionHint(question: FeedbackQuestion, t: FeedbackTranslate): string | null {
  if (question.kind !== 'choice' || question.multiple !== true) return null;
  const min = question.minSelected ?? 0;
  const max = question.maxSelected;
  if (max !== undefined && min === max) return t('feedbackForm.selection.exactly', { count: max });
  if (max !== undefined && min > 0) return t('feedbackForm.selection.between', { min, max });
  if (max !== undefined) return t('feedbackForm.selection.atMost', { count: max });
  if (min > 0) return t('feedbackForm.selection.atLeast', { count: min });
  return t('feedbackForm.selection.any');
}

/** Characters as the validator counts them (code points of the trimmed text). */
export function characterCount(value: string): number {
  return [...value.trim()].length;
}

/**
 * Every field's first issue under core's `validateAnswer` (as on submit), by question id; empty when all pass.
 *
 * @example
 * validateFeedbackValues(template, { impact: 9 }); // { impact: { rule: 'scale', min: 1, max: 5 }, … }
 */
export function validateFeedbackValues(
  template: FeedbackTemplate,
  values: FeedbackValues,
): Record<string, FeedbackFieldError> {
  const errors: Record<string, FeedbackFieldError> = {};
  for (const question of template.questions) {
    const issue = validateAnswer(values[question.id] ?? null, question);
    if (issue === null) continue;
    const error: FeedbackFieldError = { rule: issue.rule };
    if (issue.limit !== undefined) error.limit = issue.limit;
    if (issue.min !== undefined) error.min = issue.min;
    if (issue.max !== undefined) error.max = issue.max;
    errors[question.id] = error;
  }
  return errors;
}

function errorText(error: FeedbackFieldError, t: FeedbackTranslate): string {
  switch (error.rule) {
    case 'server':
      return t('feedbackForm.error.server', { message: error.message ?? '' });
    case 'minLength':
    case 'maxLength':
    case 'minSelected':
    case 'maxSelected':
      return t(`feedbackForm.error.${error.rule}`, { count: error.limit ?? 0 });
    case 'scale':
      return t('feedbackForm.error.scale', { min: error.min ?? 0, max: error.max ?? 0 });
    default:
      return t(`feedbackForm.error.${error.rule}`);
  }
}

// Templates are validated once per object (and message function), not on every keystroke.
const problems = new WeakMap<FeedbackTemplate, { t: FeedbackTranslate; problem: FeedbackFormModel | null }>();

/** Why the template cannot be rendered, naming the question, or null when it can. */
function templateProblem(template: FeedbackTemplate, t: FeedbackTranslate): FeedbackFormModel | null {
  const cached = problems.get(template);
  if (cached?.t === t) return cached.problem;
  const problem = findTemplateProblem(template, t);
  problems.set(template, { t, problem });
  return problem;
}

function findTemplateProblem(template: FeedbackTemplate, t: FeedbackTranslate): FeedbackFormModel | null {
  try {
    validateFeedbackTemplate(template);
  } catch (error) {
    // Core's message is English: the view shows the catalogue's, naming the same question.
    const described = describeFeedbackError(error, 'template', template, t);
    return {
      status: 'invalid',
      message: t('feedbackForm.invalidTemplate', { message: described.message }),
      questionId: described.questionId,
      detail: (error as Error).message,
    };
  }
  // Core falls back to 1–5, but a form cannot show labels and anchors for levels nobody defined.
  const bare = template.questions.find((q) => q.kind === 'rating' && q.scale === undefined);
  if (bare !== undefined) {
    return {
      status: 'invalid',
      message: t('feedbackForm.invalidTemplate', {
        message: t('feedbackError.noScale', { question: bare.id }),
      }),
      questionId: bare.id,
      detail: `feedback question "${bare.id}" has no rating scale`,
    };
  }
  return null;
}

function levelsOf(question: FeedbackQuestion, fieldId: string): FeedbackLevelModel[] {
  if (question.kind !== 'rating' || question.scale === undefined) return [];
  const { min, max, step = 1, labels } = question.scale;
  const count = Math.round((max - min) / step) + 1;
  const levels: FeedbackLevelModel[] = [];
  for (let k = 0; k < count; k++) {
    const value = Number((min + k * step).toPrecision(12));
    levels.push({
      value,
      id: `${fieldId}-l${k}`,
      label: labels?.[k] ?? String(value),
      anchor: question.anchors?.[k] ?? null,
    });
  }
  return levels;
}

function questionModel(
  question: FeedbackQuestion,
  index: number,
  input: ResolveFeedbackFormInput,
): FeedbackQuestionModel {
  const { values, errors, idPrefix, t } = input;
  const fieldId = `${idPrefix}-q${index}`;
  const value = values[question.id];
  const error = errors[question.id];
  const descriptionId = question.description ? `${fieldId}-desc` : null;
  const errorId = error ? `${fieldId}-err` : null;
  let counter: FeedbackQuestionModel['counter'] = null;
  if (question.kind === 'text') {
    const length = characterCount(typeof value === 'string' ? value : '');
    counter = {
      length,
      over: question.maxLength !== undefined && length > question.maxLength,
      text:
        question.maxLength === undefined
          ? t('feedbackForm.counter', { count: length })
          : t('feedbackForm.counterMax', { count: length, max: question.maxLength }),
    };
  }
  const counterId = counter ? `${fieldId}-count` : null;
  const hint = selectionHint(question, t);
  const hintId = hint === null ? null : `${fieldId}-hint`;
  const describedBy =
    [descriptionId, hintId, errorId, counterId].filter((id) => id !== null).join(' ') || undefined;
  return {
    id: question.id,
    index,
    kind: question.kind,
    prompt: question.prompt ?? question.id,
    description: question.description ?? null,
    required: question.required === true,
    requiredText: t(question.required === true ? 'feedbackForm.required' : 'feedbackForm.optional'),
    fieldId,
    labelId: `${fieldId}-label`,
    descriptionId,
    errorId,
    counterId,
    describedBy,
    error: error ? errorText(error, t) : null,
    value,
    answered: isAnswered(value),
    levels: levelsOf(question, fieldId),
    notApplicable:
      question.kind === 'rating' && question.allowNotApplicable === true
        ? { id: `${fieldId}-na`, label: t('feedbackForm.notApplicable') }
        : null,
    options: (question.kind === 'choice' ? (question.options ?? []) : []).map((option, i) => ({
      value: option,
      id: `${fieldId}-o${i}`,
    })),
    multiple: question.kind === 'choice' && question.multiple === true,
    hint,
    hintId,
    counter,
    minLength: question.minLength,
    maxLength: question.maxLength,
  };
}

/**
 * Turns a template, the current answers and field errors into the form's view model: sections (runs of one
 * `section`) with "4 of 9 answered" progress, questions in template order with their levels and behaviour anchors,
 * each field's message and `aria-describedby` ids, and the error summary — or an `invalid` state naming the question
 * when the template cannot be shown (duplicate ids, a rating without a scale).
 *
 * @example
 * const model = resolveFeedbackForm({ template, values: { impact: 4 }, errors: {}, idPrefix: 'f1', t });
 * model.status === 'ready' && model.progress.text; // '1 of 6 answered'
 */
export function resolveFeedbackForm(input: ResolveFeedbackFormInput): FeedbackFormModel {
  const { template, t } = input;
  const problem = templateProblem(template, t);
  if (problem) return problem;
  const questions = template.questions.map((q, i) => questionModel(q, i, input));
  const sections: FeedbackSectionModel[] = [];
  for (const [i, question] of questions.entries()) {
    const title = template.questions[i]!.section ?? null;
    const last = sections.at(-1);
    if (last && last.title === title) last.questions.push(question);
    else
      sections.push({
        id: `${input.idPrefix}-s${sections.length}`,
        title,
        questions: [question],
        answered: 0,
        total: 0,
        progressText: '',
      });
  }
  for (const section of sections) {
    section.total = section.questions.length;
    section.answered = section.questions.filter((q) => q.answered).length;
    section.progressText = t('feedbackForm.sectionProgress', {
      answered: section.answered,
      total: section.total,
    });
  }
  const answered = questions.filter((q) => q.answered).length;
  const items = questions
    .filter((q) => q.error !== null)
    .map((q) => ({
      questionId: q.id,
      href: `#${q.fieldId}`,
      message: t('feedbackForm.errorSummaryItem', { prompt: q.prompt, error: q.error ?? '' }),
    }));
  return {
    status: 'ready',
    title: template.title ?? null,
    sections,
    questions,
    progress: {
      answered,
      total: questions.length,
      text: t('feedbackForm.progress', { answered, total: questions.length }),
    },
    errorSummary:
      items.length === 0 ? null : { title: t('feedbackForm.errorSummary', { count: items.length }), items },
  };
}
