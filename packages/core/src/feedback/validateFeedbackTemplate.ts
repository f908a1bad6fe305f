import { compileFeedbackTemplate } from './compileFeedbackTemplate.js';
import type { FeedbackTemplate } from './feedback.types.js';

/**
 * Throws a `NorthstarError` unless the template is usable: ids present, question ids unique, kinds known, rating
 * scales valid (`INVALID_SCALE`), choice options non-empty and unique, `anonymityThreshold` an integer ≥ 1.
 *
 * @example
 * validateFeedbackTemplate({ id: 'q3-360', questions: [{ id: 'collab', kind: 'rating' }] }); // passes
 * validateFeedbackTemplate({ id: 'q3-360', questions: [{ id: 'x', kind: 'slider' }] }); // throws INVALID_FEEDBACK
 */
export function validateFeedbackTemplate(template: unknown): asserts template is FeedbackTemplate {
  compileFeedbackTemplate(template);
}
