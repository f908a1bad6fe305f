/**
 * Number of cuts ≤ value (so a value exactly on a cut takes the higher level), by binary search.
 *
 * @example
 * levelOf(2 / 3, [1 / 3, 2 / 3]); // 2
 */
export function levelOf(value: number, cuts: readonly number[]): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
