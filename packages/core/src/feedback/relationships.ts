import type { Relationship } from './feedback.types.js';

/**
 * Every rater relationship, in the order groups are reported.
 *
 * @example
 * RELATIONSHIPS.includes(response.relationship); // false for an unknown relationship
 */
export const RELATIONSHIPS: readonly Relationship[] = Object.freeze([
  'self',
  'manager',
  'peer',
  'direct-report',
  'other',
]);

/**
 * Index of each relationship in {@link RELATIONSHIPS}; a Map, so inherited names like 'toString' are not relationships.
 *
 * @example
 * RELATIONSHIP_INDEX.get('peer'); // 2
 */
export const RELATIONSHIP_INDEX: ReadonlyMap<unknown, number> = new Map(RELATIONSHIPS.map((r, i) => [r, i]));

/**
 * Accumulator slot (after the five relationships) for anonymous self answers, which are never shown.
 *
 * @example
 * perGroup[ANONYMOUS_SELF_SLOT]; // anonymous answers with relationship self
 */
export const ANONYMOUS_SELF_SLOT = 5;

/**
 * Accumulator slot for anonymous manager answers, pooled into `combined` under the threshold rule.
 *
 * @example
 * perGroup[ANONYMOUS_MANAGER_SLOT]; // anonymous answers with relationship manager
 */
export const ANONYMOUS_MANAGER_SLOT = 6;

/**
 * Number of accumulator slots per question: the five relationships plus the two anonymous slots.
 *
 * @example
 * new Array(GROUP_SLOTS);
 */
export const GROUP_SLOTS = 7;
