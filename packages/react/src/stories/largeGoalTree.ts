import type { Goal } from '@northstar/core';

/**
 * A generated goal tree for stories, tests and benches: `count` goals as `objectives` company objectives, each
 * with team goals `fanout` wide and key results (with metrics) below, deterministic so runs compare.
 *
 * @example
 * const goals = largeGoalTree(100_000); // 100,000 goals, ids g0…g99999
 */
export function largeGoalTree(count: number, options: { objectives?: number; fanout?: number } = {}): Goal[] {
  const objectives = options.objectives ?? 10;
  const fanout = options.fanout ?? 10;
  const goals: Goal[] = new Array(count);
  for (let i = 0; i < count; i += 1) {
    if (i < objectives) {
      goals[i] = {
        id: `g${i}`,
        title: `Objective ${i + 1}`,
        level: 'company',
        ownerId: `p-${(i % 300) + 1}`,
      };
      continue;
    }
    const parent = Math.floor((i - objectives) / fanout);
    const leaf = objectives + i * fanout >= count;
    goals[i] = leaf
      ? {
          id: `g${i}`,
          title: `Key result ${i}`,
          level: 'key-result',
          parentId: `g${parent}`,
          metric: { start: 0, target: 100, current: (i * 37) % 101 },
        }
      : { id: `g${i}`, title: `Team goal ${i}`, level: 'team', parentId: `g${parent}` };
  }
  return goals;
}
