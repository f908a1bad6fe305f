import { type EdgeStore, END, MULTI, NODE, PARENT, ROOT, WEIGHT } from './nodeRecords.js';

/** Calls visit(parent) for each parent edge of node c. */
function parentsOf(edges: EdgeStore, c: number, visit: (p: number) => void): void {
  const r = c * NODE;
  const parent = edges.nodes[r + PARENT]!;
  if (parent === ROOT) return;
  if (parent !== MULTI) {
    visit(parent);
    return;
  }
  for (let k = edges.nodes[r + WEIGHT]!; k < edges.nodes[r + END]!; k++) visit(edges.multiParent[k]!);
}

/**
 * Finds one cycle among nodes left unprocessed by a bottom-up (Kahn) pass. Every such node still waits for a child,
 * so walking down unprocessed children must revisit a node; the revisited stretch is the cycle. Iterative: no stack
 * overflow however long the cycle.
 *
 * @returns node indexes on the cycle, ordered child → parent, first repeated at the end.
 */
export function findCycle(n: number, pending: Int32Array, edges: EdgeStore): number[] {
  const open = (i: number): boolean => pending[i]! > 0;
  // One unprocessed child per unprocessed parent is enough to walk down.
  const someChild = new Int32Array(n).fill(-1);
  for (let c = 0; c < n; c++) {
    if (!open(c)) continue;
    parentsOf(edges, c, (p) => {
      if (open(p)) someChild[p] = c;
    });
  }
  let start = -1;
  for (let i = 0; i < n && start === -1; i++) if (open(i)) start = i;
  if (start === -1) return [];
  const step = new Int32Array(n).fill(-1);
  const path: number[] = [];
  let u = start;
  while (step[u] === -1) {
    step[u] = path.length;
    path.push(u);
    u = someChild[u]!;
  }
  // path[step[u]..] walks parent → child; reverse it so each id's parent follows it.
  const cycle = path.slice(step[u]!).reverse();
  cycle.push(cycle[0]!);
  return cycle;
}
