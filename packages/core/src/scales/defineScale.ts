import { fail, isFiniteNumber, show } from '../internal/assert.js';
import type { Scale, ScaleInput } from './scale.types.js';

/**
 * Validates and freezes a rating scale.
 *
 * @example
 * const fivePoint = defineScale({ min: 1, max: 5, step: 1, labels: ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'] });
 */
export function defineScale(input: ScaleInput): Scale {
  if (typeof input !== 'object' || input === null) {
    fail('INVALID_SCALE', `scale must be an object with "min" and "max", got ${show(input)}`, {
      value: input,
    });
  }
  const { min, max, step, labels } = input;
  if (!isFiniteNumber(min))
    fail('INVALID_SCALE', `scale field "min" must be a finite number, got ${show(min)}`, {
      field: 'min',
      value: min,
    });
  if (!isFiniteNumber(max))
    fail('INVALID_SCALE', `scale field "max" must be a finite number, got ${show(max)}`, {
      field: 'max',
      value: max,
    });
  if (min >= max)
    fail('INVALID_SCALE', `scale needs "min" < "max", got min ${show(min)} and max ${show(max)}`, {
      field: 'max',
      value: max,
    });
  if (!Number.isFinite(max - min)) {
    fail('INVALID_SCALE', `scale range ${show(min)}..${show(max)} is too wide to compute with`, {
      field: 'max',
      value: max,
    });
  }
  if (step !== undefined) {
    if (!isFiniteNumber(step) || step <= 0) {
      fail('INVALID_SCALE', `scale field "step" must be a positive finite number, got ${show(step)}`, {
        field: 'step',
        value: step,
      });
    }
    const steps = (max - min) / step;
    if (!Number.isFinite(steps) || steps > 1e9) {
      fail(
        'INVALID_SCALE',
        `scale "step" ${show(step)} is too small for the range ${show(min)}..${show(max)}`,
        {
          field: 'step',
          value: step,
        },
      );
    }
    // A step wider than the range (1..5 in steps of 1e10) divides nothing: no point but min would be on the scale.
    if (Math.round(steps) < 1 || Math.abs(steps - Math.round(steps)) > 1e-9 * Math.max(1, steps)) {
      fail(
        'INVALID_SCALE',
        `scale "step" ${show(step)} does not divide the range ${show(min)}..${show(max)}`,
        { field: 'step', value: step },
      );
    }
  }
  if (labels !== undefined) {
    if (step === undefined) fail('INVALID_SCALE', 'scale "labels" need a "step"', { field: 'labels' });
    const expected = Math.round((max - min) / step) + 1;
    if (!Array.isArray(labels) || labels.length !== expected || labels.some((l) => typeof l !== 'string')) {
      fail(
        'INVALID_SCALE',
        `scale "labels" must be ${expected} strings, one per step from ${min} to ${max}`,
        { field: 'labels', value: labels },
      );
    }
  }
  const scale: Scale = Object.freeze({
    min,
    max,
    step,
    labels: labels ? Object.freeze([...labels]) : undefined,
  });
  validated.add(scale);
  return scale;
}

/** Scales made by defineScale; anything else, frozen or not, is validated before use. */
const validated = new WeakSet<object>();

/** Accepts a Scale or a ScaleInput, validating the latter. */
export function toScale(scale: Scale | ScaleInput): Scale {
  return typeof scale === 'object' && scale !== null && validated.has(scale)
    ? (scale as Scale)
    : defineScale(scale);
}
