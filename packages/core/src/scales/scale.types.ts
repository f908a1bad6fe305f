/**
 * What you pass to `defineScale`: bounds, an optional step, optional labels for each step.
 *
 * @example
 * const fivePoint: ScaleInput = { min: 1, max: 5, step: 1, labels: ['Poor', 'Fair', 'Good', 'Very good', 'Excellent'] };
 */
export interface ScaleInput {
  min: number;
  max: number;
  /** Distance between allowed ratings; omitted means continuous. */
  step?: number;
  /** One label per step from `min` to `max` (requires `step`). */
  labels?: readonly string[];
}

/**
 * A validated scale returned by `defineScale`; frozen.
 *
 * @example
 * const s: Scale = defineScale({ min: 1, max: 5, step: 1 });
 */
export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly step: number | undefined;
  readonly labels: readonly string[] | undefined;
}
