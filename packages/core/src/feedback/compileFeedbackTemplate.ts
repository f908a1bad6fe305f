import { NorthstarError } from '../errors/NorthstarError.js';
import { fail, show } from '../internal/assert.js';
import { defineScale } from '../scales/defineScale.js';
import type { Scale } from '../scales/scale.types.js';
import type { FeedbackQuestion, FeedbackTemplate } from './feedback.types.js';

/**
 * Scales with more points than this report only the observed points, so a fine scale cannot bloat the output.
 *
 * @example
 * defineScale({ min: 0, max: 100, step: 0.1 }); // 1001 points: all listed
 */
export const MAX_LISTED_POINTS = 1001;

/** The 1–5 scale used when a rating question gives none. */
const DEFAULT_SCALE = { min: 1, max: 5, step: 1 } as const;

/**
 * A validated question with what aggregation needs precomputed.
 *
 * @example
 * compileFeedbackTemplate({ id: 't', questions: [{ id: 'q', kind: 'rating' }] }).questions[0]!.pointKeys; // ['1', … '5']
 */
export interface CompiledQuestion {
  id: string;
  kind: FeedbackQuestion['kind'];
  /** Rating scale; null for text and choice. */
  scale: Scale | null;
  /** Number of points on a stepped scale; 0 for continuous scales and non-rating questions. */
  pointCount: number;
  /** Distribution key of every scale point, when the scale lists all of them; else null. */
  pointKeys: string[] | null;
  /** Choice options in template order (empty for other kinds). */
  options: readonly string[];
  /** Choice option → index. */
  optionIndex: ReadonlyMap<string, number>;
  /** A choice that takes a list of options (`multiple: true`). */
  multiple: boolean;
}

/**
 * A validated template with question lookup by id.
 *
 * @example
 * const t: CompiledTemplate = compileFeedbackTemplate(template);
 * t.byId.get('collab'); // 0
 */
export interface CompiledTemplate {
  id: string;
  anonymityThreshold: number | undefined;
  /** False only when the template says `allowAnonymous: false`: then an anonymous response is rejected. */
  allowAnonymous: boolean;
  questions: CompiledQuestion[];
  byId: ReadonlyMap<string, number>;
}

/**
 * A scale point as a short distribution key: float noise from `min + k·step` is rounded away (0.3, not 0.30000000000000004).
 *
 * @example
 * pointKey(defineScale({ min: 0, max: 1, step: 0.1 }), 3); // '0.3'
 */
export function pointKey(scale: Scale, k: number): string {
  const raw = scale.min + k * (scale.step ?? 0);
  return String(Number(raw.toPrecision(12)));
}

function compileScale(
  question: FeedbackQuestion,
  id: string,
): Pick<CompiledQuestion, 'scale' | 'pointCount' | 'pointKeys'> {
  let scale: Scale;
  try {
    scale = defineScale(question.scale ?? DEFAULT_SCALE);
  } catch (error) {
    if (!(error instanceof NorthstarError)) throw error;
    fail(error.code, `feedback question ${show(id)} scale: ${error.message}`, {
      ...error.details,
      id,
      field: 'scale',
    });
  }
  if (scale.step === undefined) return { scale, pointCount: 0, pointKeys: null };
  const pointCount = Math.round((scale.max - scale.min) / scale.step) + 1;
  if (pointCount > MAX_LISTED_POINTS) return { scale, pointCount, pointKeys: null };
  const pointKeys: string[] = new Array(pointCount);
  const seen = new Set<string>();
  for (let k = 0; k < pointCount; k++) {
    let key = pointKey(scale, k);
    // Rounding could merge two points of an extreme scale; keep them apart with the raw value.
    if (seen.has(key)) key = String(scale.min + k * scale.step);
    seen.add(key);
    pointKeys[k] = key;
  }
  return { scale, pointCount, pointKeys };
}

function compileOptions(question: FeedbackQuestion, id: string): Map<string, number> {
  const options: unknown = question.options;
  if (!Array.isArray(options) || options.length === 0) {
    fail(
      'INVALID_FEEDBACK',
      `feedback choice question ${show(id)} needs a non-empty "options" array, got ${show(options)}`,
      {
        id,
        field: 'options',
        value: options,
      },
    );
  }
  const index = new Map<string, number>();
  for (let i = 0; i < options.length; i++) {
    const option: unknown = options[i];
    if (typeof option !== 'string' || option.length === 0) {
      fail(
        'INVALID_FEEDBACK',
        `feedback question ${show(id)} options[${i}] must be a non-empty string, got ${show(option)}`,
        {
          id,
          field: `options[${i}]`,
          value: option,
        },
      );
    }
    if (index.has(option)) {
      fail('INVALID_FEEDBACK', `feedback question ${show(id)} lists option ${show(option)} twice`, {
        id,
        field: `options[${i}]`,
        value: option,
      });
    }
    index.set(option, i);
  }
  return index;
}

/** `multiple`, `minSelected` and `maxSelected` of a choice: a boolean, and counts 0 ≤ min ≤ max ≤ options. */
function compileSelection(question: FeedbackQuestion, id: string, optionCount: number): boolean {
  const { multiple, minSelected: min, maxSelected: max } = question;
  const check = (field: string, value: unknown, ok: boolean, rule: string) => {
    if (!ok)
      fail('INVALID_FEEDBACK', `feedback question ${show(id)} field "${field}" ${rule}, got ${show(value)}`, {
        id,
        field,
        value,
      });
  };
  check('multiple', multiple, multiple === undefined || typeof multiple === 'boolean', 'must be a boolean');
  const count = (field: string, value: unknown) =>
    value === undefined ||
    check(
      field,
      value,
      multiple === true &&
        Number.isInteger(value) &&
        (value as number) >= 0 &&
        (value as number) <= optionCount,
      `must be an integer from 0 to ${optionCount} (the number of options) on a "multiple" choice`,
    );
  count('minSelected', min);
  count('maxSelected', max);
  check(
    'minSelected',
    min,
    min === undefined || max === undefined || min <= max,
    `must not exceed "maxSelected"`,
  );
  return multiple === true;
}

function compileQuestion(question: unknown, index: number): CompiledQuestion {
  if (typeof question !== 'object' || question === null) {
    fail(
      'INVALID_FEEDBACK',
      `feedback template questions[${index}] must be an object, got ${show(question)}`,
      {
        field: `questions[${index}]`,
        value: question,
      },
    );
  }
  const q = question as FeedbackQuestion;
  if (typeof q.id !== 'string' || q.id.length === 0) {
    fail(
      'INVALID_ID',
      `feedback template questions[${index}] needs a non-empty string "id", got ${show(q.id)}`,
      {
        field: `questions[${index}].id`,
        value: q.id,
        index,
      },
    );
  }
  const id = q.id;
  const none = {
    scale: null,
    pointCount: 0,
    pointKeys: null,
    options: [],
    optionIndex: new Map<string, number>(),
    multiple: false,
  };
  switch (q.kind) {
    case 'rating':
      return { ...none, id, kind: 'rating', ...compileScale(q, id) };
    case 'text':
      return { ...none, id, kind: 'text' };
    case 'choice': {
      const optionIndex = compileOptions(q, id);
      const multiple = compileSelection(q, id, optionIndex.size);
      return { ...none, id, kind: 'choice', options: [...optionIndex.keys()], optionIndex, multiple };
    }
    default:
      return fail(
        'INVALID_FEEDBACK',
        `feedback question ${show(id)} field "kind" must be "rating", "text" or "choice", got ${show(q.kind)}`,
        { id, field: 'kind', value: q.kind },
      );
  }
}

/**
 * Validates a template and precomputes scales, scale points and option indexes.
 *
 * @example
 * compileFeedbackTemplate({ id: 't', questions: [{ id: 'q', kind: 'choice', options: ['a', 'b'] }] }).questions[0]!.optionIndex.get('b'); // 1
 */
export function compileFeedbackTemplate(template: unknown): CompiledTemplate {
  if (typeof template !== 'object' || template === null) {
    fail('INVALID_FEEDBACK', `feedback template must be an object, got ${show(template)}`, {
      field: 'template',
      value: template,
    });
  }
  const t = template as FeedbackTemplate;
  if (typeof t.id !== 'string' || t.id.length === 0) {
    fail('INVALID_ID', `feedback template needs a non-empty string "id", got ${show(t.id)}`, {
      field: 'id',
      value: t.id,
    });
  }
  const threshold: unknown = t.anonymityThreshold;
  if (threshold !== undefined && (!Number.isInteger(threshold) || (threshold as number) < 1)) {
    fail(
      'INVALID_FEEDBACK',
      `feedback template ${show(t.id)} field "anonymityThreshold" must be an integer ≥ 1, got ${show(threshold)}`,
      {
        id: t.id,
        field: 'anonymityThreshold',
        value: threshold,
      },
    );
  }
  if (t.allowAnonymous !== undefined && typeof t.allowAnonymous !== 'boolean') {
    fail(
      'INVALID_FEEDBACK',
      `feedback template ${show(t.id)} field "allowAnonymous" must be a boolean, got ${show(t.allowAnonymous)}`,
      {
        id: t.id,
        field: 'allowAnonymous',
        value: t.allowAnonymous,
      },
    );
  }
  if (!Array.isArray(t.questions)) {
    fail(
      'INVALID_FEEDBACK',
      `feedback template ${show(t.id)} field "questions" must be an array, got ${show(t.questions)}`,
      {
        id: t.id,
        field: 'questions',
        value: t.questions,
      },
    );
  }
  const questions: CompiledQuestion[] = new Array(t.questions.length);
  const byId = new Map<string, number>();
  for (let i = 0; i < t.questions.length; i++) {
    const question = compileQuestion(t.questions[i], i);
    if (byId.has(question.id)) {
      fail(
        'INVALID_FEEDBACK',
        `feedback template ${show(t.id)} has two questions with id ${show(question.id)}`,
        {
          id: question.id,
          field: `questions[${i}].id`,
          value: question.id,
        },
      );
    }
    byId.set(question.id, i);
    questions[i] = question;
  }
  return {
    id: t.id,
    anonymityThreshold: threshold as number | undefined,
    allowAnonymous: t.allowAnonymous !== false,
    questions,
    byId,
  };
}
