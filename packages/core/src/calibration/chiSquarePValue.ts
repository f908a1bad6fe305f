import { fail, show } from '../internal/assert.js';

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/** Lanczos approximation, g = 7, n = 9 (accurate to ~1e-15 for x > 0). */
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LN_SQRT_2PI = 0.9189385332046728;

/**
 * Upper-tail probability of the chi-square distribution, P(X ≥ chiSquare), i.e. the p-value of a chi-square test.
 *
 * Computed as the regularised upper incomplete gamma Q(df/2, chiSquare/2); accurate to about 1e-12.
 * `degreesOfFreedom` 0 gives 1 (nothing is free to deviate); `chiSquare` Infinity gives 0.
 *
 * @example
 * chiSquarePValue(3.841, 1); // ≈ 0.05
 */
export function chiSquarePValue(chiSquare: number, degreesOfFreedom: number): number {
  if (typeof chiSquare !== 'number' || Number.isNaN(chiSquare) || chiSquare < 0) {
    fail('INVALID_VALUE', `chiSquare must be a number ≥ 0, got ${show(chiSquare)}`, {
      field: 'chiSquare',
      value: chiSquare,
    });
  }
  if (typeof degreesOfFreedom !== 'number' || !Number.isFinite(degreesOfFreedom) || degreesOfFreedom < 0) {
    fail('INVALID_VALUE', `degreesOfFreedom must be a finite number ≥ 0, got ${show(degreesOfFreedom)}`, {
      field: 'degreesOfFreedom',
      value: degreesOfFreedom,
    });
  }
  if (degreesOfFreedom === 0 || chiSquare === 0) return 1;
  if (chiSquare === Number.POSITIVE_INFINITY) return 0;
  const a = degreesOfFreedom / 2;
  // df/2 underflows to 0 for df = 5e-324: the distribution is then all at 0, so any chiSquare > 0 has p = 0.
  if (a === 0) return 0;
  return regularizedGammaQ(a, chiSquare / 2);
}

/** Q(a, x) for a > 0, x > 0: the series converges fast below a + 1, the continued fraction above. */
function regularizedGammaQ(a: number, x: number): number {
  const q = x < a + 1 ? (a < 0.5 ? smallShapeQ(a, x) : 1 - lowerSeries(a, x)) : upperContinuedFraction(a, x);
  return Math.min(1, Math.max(0, q));
}

/**
 * P(a, x) by the power series Σ xⁿ / ((a+1) … (a+n)) times xᵃ e⁻ˣ / Γ(a+1): starting at 1 rather than 1/a keeps
 * every term finite for a near 0 (1/a overflows below 1e-308 and the old form returned NaN).
 */
function lowerSeries(a: number, x: number): number {
  let term = 1;
  let sum = term;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a + 1));
}

/**
 * Q(a, x) for a < 0.5 and x < a + 1 without forming 1 − P (P is within a of 1, so 1 − P would keep no digits of a
 * tiny Q): with t = a·ln x − ln Γ(1+a), Q = −expm1(t) − eᵗ · a · Σₙ≥₁ (−x)ⁿ / (n! (a+n)).
 */
function smallShapeQ(a: number, x: number): number {
  const t = a * Math.log(x) - logGamma1p(a);
  let term = 1;
  let sum = 0;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= -x / n;
    const add = term / (a + n);
    sum += add;
    if (Math.abs(add) < Math.abs(sum) * EPS) break;
  }
  return -Math.expm1(t) - Math.exp(t) * a * sum;
}

/** ln Γ(1 + a), accurate relative to its size for tiny a (where Lanczos keeps only absolute accuracy). */
function logGamma1p(a: number): number {
  // −γa + ζ(2)a²/2 − ζ(3)a³/3: the next term is below 1e-20 relative for a < 1e-5.
  if (a < 1e-5) return a * (-0.5772156649015329 + a * (0.8224670334241132 - a * 0.4006856343865314));
  return logGamma(1 + a);
}

/** Q(a, x) by its continued fraction, evaluated with the modified Lentz method. */
function upperContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** ln Γ(x) for x > 0 by the Lanczos approximation (reflection below 0.5, without recursion). */
function logGamma(x: number): number {
  if (x < 0.5) {
    // Γ(x) Γ(1 − x) = π / sin(πx), and 1 − x ≥ 0.5 takes the direct branch.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - lanczosLogGamma(1 - x);
  }
  return lanczosLogGamma(x);
}

function lanczosLogGamma(x: number): number {
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
