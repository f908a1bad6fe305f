// calibrate() + distributionCheck() over many ratings vs a minimal hand-written z-score pass.
import { calibrate, distributionCheck } from '../dist/calibration.js';
import { args, fmt, report, rng, time } from './harness.mjs';

const { n, raters, runs } = args({ n: 1_000_000, raters: 20_000, runs: 3 });
const r = rng(3);
const ratings = new Array(n);
const bias = Float64Array.from({ length: raters }, () => (r() - 0.5) * 1.5);
for (let i = 0; i < n; i++) {
  const rater = Math.floor(r() * raters);
  const score = Math.min(5, Math.max(1, Math.round((3.2 + bias[rater] + (r() + r() + r() - 1.5)) * 2) / 2));
  ratings[i] = { id: `r-${i}`, raterId: `m-${rater}`, score };
}
const target = { low: 20, mid: 70, high: 10 };
const level = (s) => (s < 2.75 ? 'low' : s < 4.25 ? 'mid' : 'high');

function ours() {
  const out = calibrate(ratings);
  const levels = new Array(out.length);
  for (let i = 0; i < out.length; i++) levels[i] = level(out[i].calibrated);
  return distributionCheck(levels, target);
}

/** The least a script would do: group by rater with a Map, z-score onto the global mean/sd, count levels. */
function baseline() {
  const groups = new Map();
  let sum = 0;
  let sq = 0;
  for (const x of ratings) {
    sum += x.score;
    sq += x.score * x.score;
    let g = groups.get(x.raterId);
    if (!g) {
      g = { s: 0, q: 0, c: 0 };
      groups.set(x.raterId, g);
    }
    g.s += x.score;
    g.q += x.score * x.score;
    g.c++;
  }
  const m = sum / n;
  const sd = Math.sqrt(sq / n - m * m);
  const counts = { low: 0, mid: 0, high: 0 };
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = ratings[i];
    const g = groups.get(x.raterId);
    const gm = g.s / g.c;
    const gsd = Math.sqrt(Math.max(0, g.q / g.c - gm * gm));
    const c = g.c < 5 || gsd === 0 ? x.score : m + (sd * (x.score - gm)) / gsd;
    out[i] = { id: x.id, raterId: x.raterId, score: x.score, calibrated: c };
    counts[level(c)]++;
  }
  return counts;
}

// Same answer first: the level counts after calibration must agree with the baseline's.
const check = ours();
const expected = baseline();
for (const label of Object.keys(target)) {
  if (check.counts[label] !== expected[label])
    throw new Error(`${label}: ${check.counts[label]} vs ${expected[label]}`);
}

const tBase = time(baseline, runs);
const tOurs = time(ours, runs);
report(
  `calibrate + distributionCheck ${n.toLocaleString('en')} ratings / ${raters.toLocaleString('en')} raters`,
  tOurs,
  'minimal hand-written z-score loop',
  tBase,
  `(ours ${fmt(tOurs)}; aim: under 1 s)`,
);
