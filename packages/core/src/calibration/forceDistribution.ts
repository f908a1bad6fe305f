import { fail, requireFinite, requireId, show } from '../internal/assert.js';
import type {
  ForceDistributionOptions,
  ForceDistributionQuota,
  ForceDistributionScore,
  ForcedRating,
} from './calibrationResult.types.js';
import { duplicateId, firstDuplicate } from './firstDuplicate.js';
import { normalizeShares } from './normalizeShares.js';

/**
 * Assigns labels by rank so their counts match the quotas exactly (largest-remainder rounding), lowest scores to the first label.
 *
 * @example
 * forceDistribution(
 *   [{ id: 'a', score: 3.1 }, { id: 'b', score: 4.8 }, { id: 'c', score: 2.2 }, { id: 'd', score: 3.9 }, { id: 'e', score: 3.5 }],
 *   [{ label: 'low', share: 20 }, { label: 'mid', share: 60 }, { label: 'high', share: 20 }],
 * ).map((r) => r.label);
 * // ['mid', 'high', 'low', 'mid', 'mid']
 */
export function forceDistribution(
  scores: readonly ForceDistributionScore[],
  quotas: readonly ForceDistributionQuota[],
  _options: ForceDistributionOptions = {},
): ForcedRating[] {
  const labels = validateQuotas(quotas);
  const { weights, shares } = normalizeShares(
    labels,
    quotas.map((q) => q.share),
    'quota',
  );
  if (!Array.isArray(scores)) {
    fail('INVALID_VALUE', `scores must be an array, got ${show(scores)}`, { value: scores });
  }
  const n = scores.length;
  if (n === 0) return [];

  const values = new Float64Array(n);
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (s === null || typeof s !== 'object') {
      fail('INVALID_VALUE', `score at index ${i} must be an object, got ${show(s)}`, { index: i, value: s });
    }
    const id = requireId(s.id, 'score', i);
    ids[i] = id;
    values[i] = requireFinite(s.score, 'INVALID_VALUE', 'score', id, 'score');
  }
  const dup = firstDuplicate(ids);
  if (dup >= 0) duplicateId('score', ids, dup);

  const counts = largestRemainder(weights, shares, n);

  // Ascending by score; equal scores keep input order (earlier sits lower).
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => values[a]! - values[b]! || a - b);

  const labelAt = new Int32Array(n);
  for (let j = 0, p = 0; j < counts.length; j++) {
    for (let c = counts[j]!; c > 0; c--) labelAt[p++] = j;
  }

  const label = new Int32Array(n);
  const rank = new Float64Array(n);
  const tied = new Uint8Array(n);
  for (let start = 0; start < n; ) {
    const v = values[order[start]!]!;
    let end = start + 1;
    while (end < n && values[order[end]!]! === v) end++;
    // A run of equal scores split by a quota boundary: everyone in it had a peer labelled differently.
    const split = labelAt[start] !== labelAt[end - 1] ? 1 : 0;
    for (let p = start; p < end; p++) {
      const i = order[p]!;
      label[i] = labelAt[p]!;
      rank[i] = n - p;
      tied[i] = split;
    }
    start = end;
  }

  const out = new Array<ForcedRating>(n);
  for (let i = 0; i < n; i++) {
    out[i] = {
      id: ids[i]!,
      score: values[i]!,
      label: labels[label[i]!]!,
      rank: rank[i]!,
      tiedAcrossBoundary: tied[i] === 1,
    };
  }
  return out;
}

/** Quota labels, checked to be non-empty unique strings. */
function validateQuotas(quotas: readonly ForceDistributionQuota[]): string[] {
  if (!Array.isArray(quotas)) {
    fail('INVALID_DISTRIBUTION', `quotas must be an array of { label, share }, got ${show(quotas)}`, {
      value: quotas,
    });
  }
  if (quotas.length === 0)
    fail('EMPTY_INPUT', 'quotas is empty: a forced distribution needs at least one label');
  const labels: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < quotas.length; i++) {
    const q = quotas[i];
    const label = q !== null && typeof q === 'object' ? q.label : undefined;
    if (typeof label !== 'string' || label.length === 0) {
      fail(
        'INVALID_DISTRIBUTION',
        `quota at index ${i} needs a non-empty string "label", got ${show(label)}`,
        {
          index: i,
          field: 'label',
          value: label,
        },
      );
    }
    if (seen.has(label)) {
      fail(
        'INVALID_DISTRIBUTION',
        `quota label ${show(label)} appears more than once (again at index ${i})`,
        {
          label,
          index: i,
          field: 'label',
        },
      );
    }
    seen.add(label);
    labels.push(label);
  }
  return labels;
}

/**
 * Integer counts summing to n, each the floor of share × n plus one for the largest remainders.
 *
 * Remainders within float noise of each other count as tied and go to the earlier label, so 0.1/0.2/0.7
 * behaves exactly like 10/20/70. A zero weight never receives a seat.
 */
function largestRemainder(weights: readonly number[], shares: readonly number[], n: number): number[] {
  const K = weights.length;
  const tol = 64 * Number.EPSILON * Math.max(1, n);
  const counts: number[] = [];
  const remainder: number[] = [];
  let assigned = 0;
  for (let k = 0; k < K; k++) {
    // Share first, then × n: weight × n overflows to Infinity for weights near 1e308 (and the seat loop never ends).
    const q = Math.min(n, shares[k]! * n);
    let f = Math.floor(q);
    if (q - f > 1 - tol) f += 1;
    counts.push(f);
    remainder.push(Math.max(0, q - f));
    assigned += f;
  }
  let seats = n - assigned;
  if (seats <= 0) return counts;

  const candidates: number[] = [];
  for (let k = 0; k < K; k++) if (weights[k]! > 0) candidates.push(k);
  candidates.sort((a, b) => remainder[b]! - remainder[a]! || a - b);
  // Re-order runs of near-equal remainders by label order (a transitive sort cannot use a tolerance).
  for (let start = 0; start < candidates.length; ) {
    const top = remainder[candidates[start]!]!;
    let end = start + 1;
    while (end < candidates.length && top - remainder[candidates[end]!]! <= tol) end++;
    const run = candidates.slice(start, end).sort((a, b) => a - b);
    for (let j = 0; j < run.length && seats > 0; j++, seats--) counts[run[j]!]! += 1;
    if (seats === 0) break;
    start = end;
  }
  return counts;
}
