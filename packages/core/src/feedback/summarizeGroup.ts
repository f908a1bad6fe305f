import type { CompiledQuestion } from './compileFeedbackTemplate.js';
import { pointKey } from './compileFeedbackTemplate.js';
import { FEEDBACK_GROUP_LABELS } from './feedbackGroupLabels.js';
import type { FeedbackGroup, GroupSummary } from './feedbackSummary.types.js';
import type { GroupAccumulator } from './groupAccumulator.js';

/** Sets a key as an own property, even `__proto__` (a legal choice label). */
function put(target: Record<string, number>, key: string, value: number): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Ascending numeric keys, so sums and listings never depend on the order answers arrived in. */
const sortedKeys = (counts: ReadonlyMap<number, number>) => [...counts.keys()].sort((a, b) => a - b);

function ratingSummary(
  question: CompiledQuestion,
  acc: GroupAccumulator,
  group: FeedbackGroup,
): GroupSummary {
  const scale = question.scale!;
  const distribution: Record<string, number> = {};
  let mean: number | null = null;
  let meanNormalized: number | null = null;
  if (scale.step !== undefined) {
    // Sum in point indices: integers, so exact and order-free.
    let indexSum = 0;
    for (const [k, count] of acc.counts) indexSum += k * count;
    const keys = question.pointKeys;
    if (keys !== null)
      for (let k = 0; k < keys.length; k++) put(distribution, keys[k]!, acc.counts.get(k) ?? 0);
    else for (const k of sortedKeys(acc.counts)) put(distribution, pointKey(scale, k), acc.counts.get(k)!);
    if (acc.n > 0) {
      const meanIndex = indexSum / acc.n;
      mean = clamp(scale.min + meanIndex * scale.step, scale.min, scale.max);
      meanNormalized = clamp(meanIndex / (question.pointCount - 1), 0, 1);
    }
  } else {
    let sum = 0;
    for (const value of sortedKeys(acc.counts)) {
      const count = acc.counts.get(value)!;
      sum += value * count;
      put(distribution, String(value), count);
    }
    if (acc.n > 0) {
      mean = clamp(sum / acc.n, scale.min, scale.max);
      meanNormalized = clamp((mean - scale.min) / (scale.max - scale.min), 0, 1);
    }
  }
  return {
    group,
    label: FEEDBACK_GROUP_LABELS[group],
    count: acc.n,
    mean,
    meanNormalized,
    distribution,
    comments: [],
  };
}

/**
 * Turns an accumulator into the public summary of one group.
 *
 * @example
 * summarizeGroup(ratingOneToFive, acc, 'peer'); // { group: 'peer', label: 'Peers', count, mean, meanNormalized, distribution, comments: [] }
 */
export function summarizeGroup(
  question: CompiledQuestion,
  acc: GroupAccumulator,
  group: FeedbackGroup,
): GroupSummary {
  if (question.kind === 'rating') return ratingSummary(question, acc, group);
  const distribution: Record<string, number> = {};
  if (question.kind === 'choice') {
    const { options } = question;
    for (let i = 0; i < options.length; i++) put(distribution, options[i]!, acc.counts.get(i) ?? 0);
  }
  // Code-unit order (the default sort) hides submission order and is locale-independent.
  const comments = question.kind === 'text' ? [...acc.comments].sort() : [];
  const label = FEEDBACK_GROUP_LABELS[group];
  return { group, label, count: acc.n, mean: null, meanNormalized: null, distribution, comments };
}
