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
