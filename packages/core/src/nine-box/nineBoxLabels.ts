import type { NineBoxLabel } from './nineBoxResult.types.js';

/**
 * Standard English titles for the default 3×3 grid, keyed by box (1 = low performance / low potential, 3 = high
 * performance / low potential, 7 = low performance / high potential, 9 = high / high).
 *
 * @example
 * NINE_BOX_LABELS[9]?.title; // 'Star'
 */
export const NINE_BOX_LABELS: Readonly<Record<number, Readonly<NineBoxLabel>>> = Object.freeze({
  1: Object.freeze({
    title: 'Talent risk',
    description: 'Low performance and low potential; needs a clear improvement plan or a different role.',
  }),
  2: Object.freeze({
    title: 'Effective',
    description: 'Moderate performance and low potential; dependable in the current role.',
  }),
  3: Object.freeze({
    title: 'Trusted professional',
    description: 'High performance and low potential; a valued expert best grown within the role.',
  }),
  4: Object.freeze({
    title: 'Inconsistent player',
    description: 'Low performance and moderate potential; may be in the wrong role or need support.',
  }),
  5: Object.freeze({
    title: 'Core player',
    description: 'Moderate performance and moderate potential; the backbone of the team.',
  }),
  6: Object.freeze({
    title: 'High performer',
    description: 'High performance and moderate potential; delivers strongly and can take on more.',
  }),
  7: Object.freeze({
    title: 'Rough diamond',
    description: 'Low performance and high potential; new to the role or not yet engaged.',
  }),
  8: Object.freeze({
    title: 'Emerging star',
    description: 'Moderate performance and high potential; ready to grow with stretch assignments.',
  }),
  9: Object.freeze({
    title: 'Star',
    description: 'High performance and high potential; a future leader to retain and develop.',
  }),
});
