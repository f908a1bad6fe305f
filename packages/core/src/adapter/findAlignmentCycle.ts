/**
 * The cycle that aligning `goalId` to `parentIds` would close, as ids from `goalId` up through its new ancestors
 * back to `goalId` (e.g. `['a', 'b', 'c', 'a']`), or null. Iterative; visits each ancestor once.
 *
 * @example
 * findAlignmentCycle('a', ['b'], (id) => (id === 'b' ? ['a'] : [])); // ['a', 'b', 'a']
 */
export function findAlignmentCycle(
  goalId: string,
  parentIds: readonly string[],
  parentsOf: (id: string) => readonly string[],
): string[] | null {
  // `reachedFrom` doubles as the visited set and the back-pointer for rebuilding the path.
  const reachedFrom = new Map<string, string>();
  const stack: string[] = [];
  for (const parentId of parentIds) {
    if (parentId === goalId) return [goalId, goalId];
    if (!reachedFrom.has(parentId)) {
      reachedFrom.set(parentId, goalId);
      stack.push(parentId);
    }
  }
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const parentId of parentsOf(node)) {
      if (parentId === goalId) {
        // Back-pointers run downward (node → … → first parent); the cycle reads upward.
        const chain: string[] = [];
        for (let at = node; at !== goalId; at = reachedFrom.get(at)!) chain.push(at);
        return [goalId, ...chain.reverse(), goalId];
      }
      if (!reachedFrom.has(parentId)) {
        reachedFrom.set(parentId, node);
        stack.push(parentId);
      }
    }
  }
  return null;
}
