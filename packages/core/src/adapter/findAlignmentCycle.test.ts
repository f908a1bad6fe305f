import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAlignmentCycle } from './findAlignmentCycle.js';

/** Independent check: Kahn's algorithm says whether a child → parents graph is acyclic. */
function acyclic(parents: Map<string, string[]>): boolean {
  const indegree = new Map<string, number>();
  for (const [node, ps] of parents) {
    if (!indegree.has(node)) indegree.set(node, 0);
    for (const p of ps) indegree.set(p, (indegree.get(p) ?? 0) + 1);
  }
  const queue = [...indegree].filter(([, d]) => d === 0).map(([n]) => n);
  let seen = 0;
  while (queue.length > 0) {
    const node = queue.pop()!;
    seen += 1;
    for (const p of parents.get(node) ?? []) {
      const d = indegree.get(p)! - 1;
      indegree.set(p, d);
      if (d === 0) queue.push(p);
    }
  }
  return seen === indegree.size;
}

describe('findAlignmentCycle', () => {
  it('findAlignmentCycle through a second parent returns the ids in edge order', () => {
    // c has parents a and b; b has parent x. Aligning x under c closes x → c → b → x.
    const graph = new Map([
      ['c', ['a', 'b']],
      ['b', ['x']],
    ]);
    expect(findAlignmentCycle('x', ['c'], (id) => graph.get(id) ?? [])).toEqual(['x', 'c', 'b', 'x']);
  });

  it('findAlignmentCycle of an acyclic alignment returns null', () => {
    expect(findAlignmentCycle('x', ['a'], () => [])).toBeNull();
  });

  it('findAlignmentCycle is null exactly when the new edges keep the graph acyclic, and a cycle follows real edges', () => {
    const n = 8;
    const node = fc.integer({ min: 0, max: n - 1 }).map((i) => `n${i}`);
    fc.assert(
      fc.property(
        // A random DAG: edges only from a higher index to a lower one.
        fc.array(fc.tuple(fc.integer({ min: 1, max: n - 1 }), fc.nat()), { maxLength: 20 }),
        node,
        fc.uniqueArray(node, { maxLength: 3 }),
        (rawEdges, goal, newParents) => {
          const graph = new Map<string, string[]>();
          for (const [child, k] of rawEdges) {
            const list = graph.get(`n${child}`) ?? [];
            const parent = `n${k % child}`;
            if (!list.includes(parent)) list.push(parent);
            graph.set(`n${child}`, list);
          }
          const cycle = findAlignmentCycle(goal, newParents, (id) => graph.get(id) ?? []);
          const after = new Map(graph);
          after.set(goal, newParents);
          expect(cycle === null).toBe(acyclic(after));
          if (cycle !== null) {
            expect(cycle[0]).toBe(goal);
            expect(cycle.at(-1)).toBe(goal);
            for (let i = 0; i + 1 < cycle.length; i += 1) {
              expect(after.get(cycle[i]!) ?? []).toContain(cycle[i + 1]);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
