import { fail, isFiniteNumber, show } from '../internal/assert.js';

/**
 * Validated per-label weights: `weights[i] / sum` is label i's share (weights are rescaled only if their sum would overflow).
 *
 * @internal
 * @example
 * const w: Shares = { weights: [20, 70, 10], sum: 100, shares: [0.2, 0.7, 0.1] };
 */
export interface Shares {
  weights: number[];
  sum: number;
  shares: number[];
}

/**
 * Validates per-label weights (finite, ≥ 0, positive sum) and normalises them to shares summing to 1.
 *
 * @internal
 * @example
 * normalizeShares(['low', 'mid', 'high'], [20, 70, 10], 'target').shares; // [0.2, 0.7, 0.1]
 */
export function normalizeShares(labels: readonly string[], raw: readonly unknown[], subject: string): Shares {
  let weights: number[] = [];
  let sum = 0;
  let max = 0;
  for (let i = 0; i < labels.length; i++) {
    const w = raw[i];
    if (!isFiniteNumber(w) || w < 0) {
      const label = labels[i]!;
      fail(
        'INVALID_DISTRIBUTION',
        `${subject} share for label ${show(label)} must be a finite number ≥ 0, got ${show(w)}`,
        { label, field: 'share', value: w },
      );
    }
    weights.push(w);
    sum += w;
    if (w > max) max = w;
  }
  if (!(sum > 0)) {
    const names = labels.map((l) => show(l)).join(', ') || '(none)';
    fail(
      'INVALID_DISTRIBUTION',
      `${subject} shares must have a positive sum, got ${show(sum)} over labels ${names}`,
      {
        labels: [...labels],
        field: 'share',
        value: sum,
      },
    );
  }
  if (sum === Number.POSITIVE_INFINITY) {
    // Weights near 1e308 overflow their sum; relative to the largest they cannot.
    weights = weights.map((w) => w / max);
    sum = weights.reduce((a, b) => a + b, 0);
  }
  return { weights, sum, shares: weights.map((w) => w / sum) };
}
