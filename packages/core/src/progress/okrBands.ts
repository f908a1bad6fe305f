import type { Band } from './band.types.js';

/**
 * Google's OKR grading: red from 0, yellow from 0.4, green from 0.7.
 *
 * @example
 * bandOf(0.55, OKR_BANDS).label; // 'At risk'
 */
export const OKR_BANDS: readonly Band[] = Object.freeze([
  Object.freeze({ id: 'red', label: 'Off track', from: 0, tone: 'danger' as const }),
  Object.freeze({ id: 'yellow', label: 'At risk', from: 0.4, tone: 'warning' as const }),
  Object.freeze({ id: 'green', label: 'On track', from: 0.7, tone: 'success' as const }),
]);
