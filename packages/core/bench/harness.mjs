// Shared bench helpers: a seeded PRNG, tree generators, and a median-of-runs timer. Each script times the baseline
// and ours in the same process on the same data, after checking that both give the same answer.
import { parseArgs } from 'node:util';

/** mulberry32: deterministic data so runs are comparable. */
export function rng(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random org-like tree (each node's parent among the first eighth of the earlier nodes: fan-out ≈ 8, depth ≈ log n),
 * as parent indexes in a shuffled order, so parents do not always precede children.
 */
export function shuffledTree(n, seed = 1) {
  const r = rng(seed);
  const parentOf = new Int32Array(n);
  parentOf[0] = -1;
  for (let i = 1; i < n; i++) parentOf[i] = Math.floor(r() * Math.min(i, 1 + i / 8));
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  return { parentOf, perm, r };
}

/**
 * A random recursive tree (node i's parent uniform among 0..i−1: depth ≈ ln n, a few very wide nodes near the root),
 * as parent indexes plus a shuffle, for the rollup benchmark's other input shapes.
 */
export function randomRecursiveTree(n, seed = 2) {
  const r = rng(seed);
  const parentOf = new Int32Array(n);
  parentOf[0] = -1;
  for (let i = 1; i < n; i++) parentOf[i] = Math.floor(r() * i);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  return { parentOf, perm, r };
}

/** Median of `runs` timings of fn (ms), after one warm-up call. */
export function time(fn, runs) {
  fn();
  const samples = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export function args(defaults) {
  const { values } = parseArgs({
    options: Object.fromEntries(Object.keys(defaults).map((k) => [k, { type: 'string' }])),
    strict: true,
  });
  return Object.fromEntries(
    Object.entries(defaults).map(([k, v]) => [k, values[k] === undefined ? v : Number(values[k])]),
  );
}

export const fmt = (ms) =>
  ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(2)} µs`;
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Prints one result line in a fixed, grep-able shape. */
export function report(name, ours, baselineName, baseline, extra = '') {
  const ratio = baseline / ours;
  console.log(
    `${name}: ours ${fmt(ours)} | ${baselineName} ${fmt(baseline)} | ratio ${ratio.toFixed(2)}× ${extra}`.trim(),
  );
  return ratio;
}
