// Where rollup() spends its time on the issue-7 shape that misses the 5× target: a random recursive tree of
// 1,000,000 objects allocated in index order and then shuffled. Prints self time per function (V8 CPU profiler).
// Run after `pnpm build`: node --max-old-space-size=4096 bench/profileRollup.mjs [--n 1000000]
import { Session } from 'node:inspector/promises';
import { rollup } from '../dist/index.js';
import { args, randomRecursiveTree } from './harness.mjs';

const { n } = args({ n: 1_000_000 });
const rec = randomRecursiveTree(n);
const node = (i) => ({
  id: `g-${i}`,
  parentId: i === 0 ? null : `g-${rec.parentOf[i]}`,
  weight: 0.5 + rec.r(),
  value: rec.r(),
});
const byIndex = Array.from({ length: n }, (_, i) => node(i));
const scattered = Array.from(rec.perm, (i) => byIndex[i]);
rollup(scattered);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const t = performance.now();
rollup(scattered);
console.log(
  `rollup of ${n.toLocaleString('en')} scattered objects: ${((performance.now() - t) / 1000).toFixed(2)} s`,
);
const { profile } = await session.post('Profiler.stop');
const byId = new Map(profile.nodes.map((x) => [x.id, x]));
const self = new Map();
profile.samples.forEach((id, i) => {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i]);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
}
