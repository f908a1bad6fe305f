import { fail, isFiniteNumber, show } from '../internal/assert.js';
import { toScale } from './defineScale.js';
import type { Scale, ScaleInput } from './scale.types.js';

/** Tolerance for float noise when checking a value against a scale's bounds and steps. */
const EPS = 1e-9;

/** Throws OUT_OF_SCALE unless `value` lies on the scale (and on a step, when the scale has one). */
export function assertOnScale(value: number, scale: Scale, context = 'rating'): void {
  if (!isFiniteNumber(value)) {
    fail(
      'OUT_OF_SCALE',
      `${context} must be a finite number on the ${scale.min}..${scale.max} scale, got ${show(value)}`,
      { value },
    );
  }
  if (value < scale.min - EPS || value > scale.max + EPS) {
    fail('OUT_OF_SCALE', `${context} ${show(value)} is outside the ${scale.min}..${scale.max} scale`, {
      value,
    });
  }
  if (scale.step !== undefined) {
    const k = (value - scale.min) / scale.step;
    if (Math.abs(k - Math.round(k)) > 1e-6) {
      fail(
        'OUT_OF_SCALE',
        `${context} ${show(value)} is not a step of ${scale.step} on the ${scale.min}..${scale.max} scale`,
        { value },
      );
    }
  }
}

/**
 * Maps a rating on `scale` to [0, 1]; null stays null, off-scale values throw `OUT_OF_SCALE`.
 *
 * @example
 * normalize(4, defineScale({ min: 1, max: 5 })); // 0.75
 */
export function normalize(value: number | null | undefined, scale: Scale | ScaleInput): number | null {
  if (value === null || value === undefined) return null;
  const s = toScale(scale);
  assertOnScale(value, s);
  return Math.min(1, Math.max(0, (value - s.min) / (s.max - s.min)));
}

/**
 * Maps x in [0, 1] back onto `scale` (snapping to the nearest step when the scale has one).
 *
 * @example
 * denormalize(0.75, defineScale({ min: 1, max: 5 })); // 4
 */
export function denormalize(x: number | null | undefined, scale: Scale | ScaleInput): number | null {
  if (x === null || x === undefined) return null;
  const s = toScale(scale);
  if (!isFiniteNumber(x) || x < -EPS || x > 1 + EPS) {
    fail('OUT_OF_SCALE', `normalised value must be within [0, 1], got ${show(x)}`, { value: x });
  }
  const raw = s.min + Math.min(1, Math.max(0, x)) * (s.max - s.min);
  if (s.step === undefined) return raw;
  const snapped = s.min + Math.round((raw - s.min) / s.step) * s.step;
  // Rounding away float noise keeps 0.1-steps printable (3.3, not 3.3000000000000003).
  return Math.min(s.max, Number(snapped.toFixed(10)));
}

/**
 * Converts a rating between scales through the normalised [0, 1] value.
 *
 * @example
 * convertScale(4, { min: 1, max: 5 }, { min: 0, max: 100 }); // 75
 */
export function convertScale(
  value: number | null | undefined,
  from: Scale | ScaleInput,
  to: Scale | ScaleInput,
): number | null {
  return denormalize(normalize(value, from), to);
}
