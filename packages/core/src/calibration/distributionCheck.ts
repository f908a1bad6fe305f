import { fail, show } from '../internal/assert.js';
import type {
  DistributionCheckOptions,
  DistributionCheckResult,
  DistributionDeviation,
} from './calibrationResult.types.js';
import { chiSquarePValue } from './chiSquarePValue.js';
import { normalizeShares } from './normalizeShares.js';

/**
 * Compares the observed spread of rating levels with a target distribution by a chi-square goodness-of-fit test.
 *
 * @example
 * const levels = ['low', 'mid', 'mid', 'mid', 'mid', 'mid', 'high', 'high', 'high', 'high'];
 * const check = distributionCheck(levels, { low: 20, mid: 70, high: 10 });
 * check.expected; // { low: 2, mid: 7, high: 1 }
 * check.pValue; // ≈ 0.0065: four "high" where a 20/70/10 target expects one
 */
export function distributionCheck(
  levels: readonly string[],
  target: Readonly<Record<string, number>>,
  _options: DistributionCheckOptions = {},
): DistributionCheckResult {
  if (target === null || typeof target !== 'object' || Array.isArray(target)) {
    fail('INVALID_DISTRIBUTION', `target must be an object of label → share, got ${show(target)}`, {
      value: target,
    });
  }
  const labels = Object.keys(target);
  const { shares: targetShares } = normalizeShares(
    labels,
    labels.map((l) => target[l]),
    'target',
  );
  if (!Array.isArray(levels)) {
    fail('INVALID_VALUE', `levels must be an array of labels, got ${show(levels)}`, { value: levels });
  }
  const total = levels.length;
  if (total === 0) fail('EMPTY_INPUT', 'levels is empty: a distribution check needs at least one level');

  const indexOf = new Map<string, number>();
  for (let j = 0; j < labels.length; j++) indexOf.set(labels[j]!, j);
  const counts = new Float64Array(labels.length);
  for (let i = 0; i < total; i++) {
    const level = levels[i];
    const j = typeof level === 'string' ? indexOf.get(level) : undefined;
    if (j === undefined) {
      fail(
        'INVALID_DISTRIBUTION',
        `level ${show(level)} at index ${i} is not a label of the target (${labels.map((l) => show(l)).join(', ')})`,
        { label: level, index: i, value: level },
      );
    }
    counts[j]! += 1;
  }

  const deviation: DistributionDeviation[] = [];
  let chiSquare = 0;
  for (let j = 0; j < labels.length; j++) {
    const count = counts[j]!;
    const targetShare = targetShares[j]!;
    const expected = total * targetShare;
    const share = count / total;
    let residual: number | null = null;
    if (expected > 0) {
      residual = (count - expected) / Math.sqrt(expected);
      chiSquare += residual * residual;
    } else if (count > 0) {
      // Observations where the target allows none: infinitely unlikely, reported as Infinity / p = 0.
      chiSquare = Number.POSITIVE_INFINITY;
    }
    deviation.push({
      label: labels[j]!,
      count,
      expected,
      share,
      targetShare,
      deviation: share - targetShare,
      residual,
    });
  }
  // Labels with a target share of 0 cannot deviate freely (any observation there is already an infinite χ²), so
  // they do not add degrees of freedom.
  const degreesOfFreedom = Math.max(0, deviation.filter((d) => d.targetShare > 0).length - 1);

  return {
    total,
    labels,
    counts: Object.fromEntries(deviation.map((d) => [d.label, d.count])),
    expected: Object.fromEntries(deviation.map((d) => [d.label, d.expected])),
    shares: Object.fromEntries(deviation.map((d) => [d.label, d.share])),
    deviation,
    chiSquare,
    degreesOfFreedom,
    // An observation where the target expects none is impossible under the target, whatever the df.
    pValue: chiSquare === Number.POSITIVE_INFINITY ? 0 : chiSquarePValue(chiSquare, degreesOfFreedom),
  };
}
