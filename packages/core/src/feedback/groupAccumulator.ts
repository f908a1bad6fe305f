/**
 * Running totals of one group's answers to one question: counts by point index (stepped rating), by value
 * (continuous rating) or by option index (choice: every picked option of a multiple choice counts once, while `n`
 * counts the raters); trimmed comments for text.
 *
 * @example
 * const acc: GroupAccumulator = { n: 2, counts: new Map([[3, 2]]), comments: [] };
 */
export interface GroupAccumulator {
  n: number;
  counts: Map<number, number>;
  comments: string[];
}

/**
 * An empty accumulator.
 *
 * @example
 * createGroupAccumulator(); // { n: 0, counts: Map {}, comments: [] }
 */
export function createGroupAccumulator(): GroupAccumulator {
  return { n: 0, counts: new Map(), comments: [] };
}

/**
 * Adds one non-null answer (a count key, the option indexes of a multiple choice, or a comment for text).
 *
 * @example
 * addToGroup(acc, 3); // one more answer at point index 3
 * addToGroup(acc, [0, 2]); // one more rater, who picked options 0 and 2
 */
export function addToGroup(acc: GroupAccumulator, key: number | readonly number[] | string): void {
  acc.n++;
  if (typeof key === 'string') acc.comments.push(key);
  else for (const k of typeof key === 'number' ? [key] : key) acc.counts.set(k, (acc.counts.get(k) ?? 0) + 1);
}

/**
 * Pools several accumulators into a new one; counts are integers, so the result does not depend on order.
 *
 * @example
 * mergeGroups([peers, reports]).n; // peers.n + reports.n
 */
export function mergeGroups(accs: readonly GroupAccumulator[]): GroupAccumulator {
  const out = createGroupAccumulator();
  for (const acc of accs) {
    out.n += acc.n;
    for (const [key, count] of acc.counts) out.counts.set(key, (out.counts.get(key) ?? 0) + count);
    for (const comment of acc.comments) out.comments.push(comment);
  }
  return out;
}
