import { fail, show } from '../internal/assert.js';
import type { CompiledTemplate } from './compileFeedbackTemplate.js';
import type { AggregateFeedbackOptions } from './feedbackSummary.types.js';

/**
 * The default minimum group size, a common 360 practice.
 *
 * @example
 * aggregateFeedback(responses, { id: 't', questions }).anonymityThreshold; // DEFAULT_ANONYMITY_THRESHOLD (3)
 */
export const DEFAULT_ANONYMITY_THRESHOLD = 3;

/**
 * The option, else the template's threshold, else 3; the option must be an integer ≥ 1 (else `INVALID_OPTION`).
 *
 * @example
 * resolveAnonymityThreshold({}, compileFeedbackTemplate({ id: 't', questions: [], anonymityThreshold: 5 })); // 5
 */
export function resolveAnonymityThreshold(
  options: AggregateFeedbackOptions,
  template: CompiledTemplate,
): number {
  if (typeof options !== 'object' || options === null) {
    fail('INVALID_OPTION', `aggregateFeedback options must be an object, got ${show(options)}`, {
      value: options,
    });
  }
  const threshold: unknown = options.anonymityThreshold;
  if (threshold === undefined) return template.anonymityThreshold ?? DEFAULT_ANONYMITY_THRESHOLD;
  if (typeof threshold !== 'number' || !Number.isInteger(threshold) || threshold < 1) {
    fail(
      'INVALID_OPTION',
      `aggregateFeedback option "anonymityThreshold" must be an integer ≥ 1, got ${show(threshold)}`,
      {
        field: 'anonymityThreshold',
        value: threshold,
      },
    );
  }
  return threshold;
}
