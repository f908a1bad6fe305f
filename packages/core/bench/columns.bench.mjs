// rollupColumns() over typed arrays vs a hand-written typed-array bottom-up loop, plus peak memory.
import { rollupColumns } from '../dist/index.js';
import { args, mb, report, shuffledTree, time } from './harness.mjs';

const { n, runs } = args({ n: 10_000_000, runs: 3 });
const { parentOf, perm, r } = shuffledTree(n, 7);
// Relabel nodes by their shuffled position so the arrays are in no particular order.
const pos = new Int32Array(n);
for (let k = 0; k < n; k++) pos[perm[k]] = k;
const parent = new Int32Array(n);
const value = new Float64Array(n);
const weight = new Float64Array(n);
for (let k = 0; k < n; k++) {
  const i = perm[k];
  parent[k] = i === 0 ? -1 : pos[parentOf[i]];
  value[k] = r();
  weight[k] = 0.5 + r();
}

/** The baseline a performance engineer would write: count children, then Kahn from the leaves, no checks. */
function handWritten() {
  const pending = new Int32Array(n);
  for (let i = 0; i < n; i++) if (parent[i] !== -1) pending[parent[i]]++;
  const sumW = new Float64Array(n);
  const sumWV = new Float64Array(n);
  const out = new Float64Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (pending[i] === 0) queue[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const u = queue[head];
    const v = sumW[u] > 0 ? sumWV[u] / sumW[u] : value[u];
    out[u] = v;
    const p = parent[u];
    if (p !== -1) {
      const w = weight[u];
      sumW[p] += w;
      sumWV[p] += w * v;
      if (--pending[p] === 0) queue[tail++] = p;
    }
  }
  return out;
}

const a = rollupColumns({ parent, value, weight }).value;
const b = handWritten();
for (let i = 0; i < n; i += 9973)
  if (Math.abs(a[i] - b[i]) > 1e-9) throw new Error(`node ${i} differs: ${a[i]} vs ${b[i]}`);
const peakOurs = process.resourceUsage().maxRSS * 1024;

const tBase = time(handWritten, runs);
const tOurs = time(() => rollupColumns({ parent, value, weight }), runs);
report(
  `rollupColumns ${n.toLocaleString('en')} nodes`,
  tOurs,
  'hand-written typed-array loop',
  tBase,
  `(target: ours within 1.5× → ratio ≥ 0.67; peak RSS through our run ${mb(peakOurs)}, budget 1536 MB)`,
);
