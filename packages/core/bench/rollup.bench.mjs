// rollup() on plain objects vs d3-hierarchy stratify() + eachAfter weighted mean; then set() vs a full recompute.
import { stratify } from 'd3-hierarchy';
import { rollup } from '../dist/index.js';
import { args, fmt, randomRecursiveTree, report, shuffledTree, time } from './harness.mjs';

const { n, runs } = args({ n: 1_000_000, runs: 5 });
const { parentOf, perm, r } = shuffledTree(n);
// Objects are created in array order, as JSON.parse or a database driver would create them.
const rows = new Array(n);
for (let k = 0; k < n; k++) {
  const i = perm[k];
  rows[k] = { id: `g-${i}`, parentId: i === 0 ? null : `g-${parentOf[i]}`, weight: 0.5 + r(), value: r() };
}

function d3Rollup(input = rows) {
  const root = stratify()
    .id((d) => d.id)
    .parentId((d) => d.parentId)(input);
  root.eachAfter((node) => {
    if (!node.children) {
      node.v = node.data.value;
      return;
    }
    let sw = 0;
    let s = 0;
    for (const c of node.children) {
      sw += c.data.weight;
      s += c.data.weight * c.v;
    }
    node.v = s / sw;
  });
  return root.v;
}

// Same answer first: a benchmark of a wrong result is worthless.
const ours = rollup(rows);
const theirs = d3Rollup();
if (Math.abs(ours.value('g-0') - theirs) > 1e-9)
  throw new Error(`root differs: ${ours.value('g-0')} vs ${theirs}`);

const tD3 = time(d3Rollup, runs);
const tOurs = time(() => rollup(rows), runs);
report(
  `rollup ${n.toLocaleString('en')} objects`,
  tOurs,
  'd3-hierarchy stratify+eachAfter',
  tD3,
  '(target ≥ 5×)',
);

// set(): one leaf at a time, spread over the tree; the first call builds lazy indexes, so warm up once.
const leaves = rows.filter((row) => ours.children(row.id).length === 0).slice(0, 2000);
ours.set(leaves[0].id, 0.5);
const sets = Math.min(leaves.length, 2000);
const t0 = performance.now();
for (let k = 0; k < sets; k++) ours.set(leaves[k].id, k % 2 ? 0.25 : 0.75);
const tSet = (performance.now() - t0) / sets;
report(
  'set() one leaf',
  tSet,
  'full rollup() recompute',
  tOurs,
  `(mean of ${sets} sets, ${fmt(tSet)} each; target ≥ 10,000×)`,
);

// The two other input shapes from issue 7, on a random recursive tree (parent of i uniform among 0..i−1):
// (a) objects allocated in index order, then the array shuffled (objects scattered in memory, as after sorting or
//     merging two sources); (b) the same tree with objects allocated in the (shuffled) array order.
const rec = randomRecursiveTree(n);
const node = (i) => ({
  id: `g-${i}`,
  parentId: i === 0 ? null : `g-${rec.parentOf[i]}`,
  weight: 0.5 + rec.r(),
  value: rec.r(),
});
const byIndex = Array.from({ length: n }, (_, i) => node(i));
const scattered = Array.from(rec.perm, (i) => byIndex[i]);
const inOrder = Array.from(rec.perm, (i) => node(i));
for (const [label, input] of [
  ['random recursive tree, objects shuffled after allocation', scattered],
  ['random recursive tree, objects allocated in array order', inOrder],
]) {
  const check = rollup(input).value('g-0');
  const want = d3Rollup(input);
  if (Math.abs(check - want) > 1e-9) throw new Error(`${label}: root differs: ${check} vs ${want}`);
  const tTheirs = time(() => d3Rollup(input), runs);
  const tMine = time(() => rollup(input), runs);
  report(
    `rollup ${n.toLocaleString('en')} objects, ${label}`,
    tMine,
    'd3-hierarchy stratify+eachAfter',
    tTheirs,
    '(target ≥ 5×)',
  );
}
