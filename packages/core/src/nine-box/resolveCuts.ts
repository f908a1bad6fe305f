import { fail, isFiniteNumber, show } from '../internal/assert.js';

/**
 * The default cut-offs for both axes of a 3×3 grid: `[1/3, 2/3]`.
 *
 * @example
 * placeNineBox(people, { performanceCuts: NINE_BOX_DEFAULT_CUTS, potentialCuts: [0.5] }); // a 3×2 grid
 */
export const NINE_BOX_DEFAULT_CUTS: readonly number[] = Object.freeze([1 / 3, 2 / 3]);

/**
 * Validates one axis's cuts (strictly increasing, finite, inside (0, 1)), falling back to the default.
 *
 * @example
 * resolveCuts(undefined, 'performanceCuts'); // [1/3, 2/3]
 * resolveCuts([0.5, 0.4], 'potentialCuts'); // throws INVALID_CUTS naming potentialCuts[1]
 */
export function resolveCuts(cuts: unknown, field: 'performanceCuts' | 'potentialCuts'): readonly number[] {
  if (cuts === undefined) return NINE_BOX_DEFAULT_CUTS;
  if (!Array.isArray(cuts)) {
    fail('INVALID_CUTS', `nine-box option "${field}" must be an array of numbers, got ${show(cuts)}`, {
      field,
      value: cuts,
    });
  }
  for (let i = 0; i < cuts.length; i++) {
    const cut: unknown = cuts[i];
    const at = `${field}[${i}]`;
    if (!isFiniteNumber(cut)) {
      fail('INVALID_CUTS', `nine-box cut ${at} must be a finite number, got ${show(cut)}`, {
        field: at,
        value: cut,
      });
    }
    if (cut <= 0 || cut >= 1) {
      fail('INVALID_CUTS', `nine-box cut ${at} must lie strictly between 0 and 1, got ${show(cut)}`, {
        field: at,
        value: cut,
      });
    }
    if (i > 0 && cut <= (cuts[i - 1] as number)) {
      fail(
        'INVALID_CUTS',
        `nine-box cuts must strictly increase: ${at} (${show(cut)}) follows ${show(cuts[i - 1])}`,
        {
          field: at,
          value: cut,
        },
      );
    }
  }
  return cuts as readonly number[];
}
