import { fail, isFiniteNumber, readOptions, requireFiniteResult, show } from '../internal/assert.js';

/**
 * One part of a composed score, as reported back.
 *
 * @example
 * const part: ComposedPart = { key: 'goals', value: 3.6, weight: 0.6, effectiveWeight: 1, contribution: 3.6 };
 */
export interface ComposedPart {
  key: string;
  value: number | null;
  /** The weight you passed. */
  weight: number;
  /** Share of the score this part carried after renormalising (0 for a missing part under `renormalize`). */
  effectiveWeight: number;
  /** effectiveWeight × value (0 when missing). */
  contribution: number;
}

/**
 * The result of `composeScore`.
 *
 * @example
 * const { score, coverage } = composeScore({ goals: 3.6, self: null }, { goals: 0.7, self: 0.3 });
 */
export interface ComposedScore {
  /** Weighted score in the parts' own units; null when no part has data. */
  score: number | null;
  /** Share of total weight that had data, in [0, 1]. */
  coverage: number;
  parts: ComposedPart[];
}

/**
 * Options for `composeScore`.
 *
 * @example
 * composeScore(parts, weights, { missing: 'zero' });
 */
export interface ComposeOptions {
  /** `renormalize` (default): spread weight over the parts present; `zero`: a missing part counts as 0. */
  missing?: 'renormalize' | 'zero';
}

/**
 * Combines review parts (goal attainment, self review, manager rating, feedback…) with weights. By default a missing
 * part's weight is spread over the parts present, so a skipped self-review does not drag the score down.
 *
 * @example
 * composeScore({ goals: 3.6, self: null, feedback: null }, { goals: 0.5, self: 0.2, feedback: 0.3 }).score; // 3.6
 */
export function composeScore(
  parts: Readonly<Record<string, number | null | undefined>>,
  weights: Readonly<Record<string, number>>,
  rawOptions: ComposeOptions = {},
): ComposedScore {
  const options = readOptions(rawOptions, 'composeScore');
  const missing = options.missing ?? 'renormalize';
  if (missing !== 'renormalize' && missing !== 'zero') {
    fail(
      'INVALID_OPTION',
      `composeScore option "missing" must be "renormalize" or "zero", got ${show(missing)}`,
      {
        field: 'missing',
        value: missing,
      },
    );
  }
  if (typeof weights !== 'object' || weights === null)
    fail('INVALID_WEIGHT', 'composeScore needs a weights object', { field: 'weights' });
  // A Map has no own enumerable keys, so it would read as "no parts" and silently give null.
  if (weights instanceof Map) {
    fail(
      'INVALID_WEIGHT',
      'composeScore weights must be a plain object, got a Map (use Object.fromEntries(map))',
      {
        field: 'weights',
      },
    );
  }
  if (parts instanceof Map) {
    fail(
      'INVALID_VALUE',
      'composeScore parts must be a plain object, got a Map (use Object.fromEntries(map))',
      {
        field: 'parts',
      },
    );
  }
  if (typeof parts !== 'object' || parts === null) {
    fail('INVALID_VALUE', `composeScore needs a parts object, got ${show(parts)}`, { field: 'parts' });
  }
  for (const key of Object.keys(parts)) {
    if (!Object.hasOwn(weights, key)) {
      fail('INVALID_WEIGHT', `composeScore part "${key}" has no weight; add it to weights (0 to ignore it)`, {
        field: key,
      });
    }
  }
  const keys = Object.keys(weights);
  if (keys.length === 0)
    fail('EMPTY_INPUT', 'composeScore needs at least one weighted part', { field: 'weights' });
  let total = 0;
  let present = 0;
  let weighted = 0;
  for (const key of keys) {
    const w = weights[key];
    if (!isFiniteNumber(w) || w < 0) {
      fail('INVALID_WEIGHT', `composeScore weight "${key}" must be a finite number ≥ 0, got ${show(w)}`, {
        field: key,
        value: w,
      });
    }
    const v = parts[key];
    if (v !== null && v !== undefined && !isFiniteNumber(v)) {
      fail('INVALID_VALUE', `composeScore part "${key}" must be a finite number or null, got ${show(v)}`, {
        field: key,
        value: v,
      });
    }
    total += w;
    if (v !== null && v !== undefined) {
      present += w;
      weighted += w * v;
    }
  }
  if (total === 0) fail('INVALID_WEIGHT', 'composeScore weights sum to 0', { field: 'weights' });
  requireFiniteResult(total, 'INVALID_WEIGHT', 'composeScore weights overflow when summed', {
    field: 'weights',
  });
  requireFiniteResult(weighted, 'INVALID_VALUE', 'composeScore weighted parts overflow when summed', {
    field: 'parts',
  });
  const denominator = missing === 'zero' ? total : present;
  const score = present === 0 && missing === 'renormalize' ? null : weighted / denominator;
  const out: ComposedPart[] = keys.map((key) => {
    const weight = weights[key]!;
    const v = parts[key];
    const value = v === undefined ? null : v;
    const effectiveWeight =
      value === null && missing === 'renormalize' ? 0 : denominator === 0 ? 0 : weight / denominator;
    return {
      key,
      value,
      weight,
      effectiveWeight,
      contribution: value === null ? 0 : effectiveWeight * value,
    };
  });
  return { score, coverage: present / total, parts: out };
}
