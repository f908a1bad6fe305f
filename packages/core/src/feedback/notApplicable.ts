/**
 * The answer a rater gives to a rating question that allows "not applicable": it satisfies `required` and is left
 * out of every count, mean and distribution.
 *
 * @example
 * const answers = { impact: 4, coaching: NOT_APPLICABLE };
 */
export const NOT_APPLICABLE = 'n/a';
