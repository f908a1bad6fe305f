import { randomUUID } from 'node:crypto';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterSeed } from '@northstar/core/adapters';

/** The idempotency key the scratch adapter's writes use: the server's own keys live in the database. */
export const ONCE = { idempotencyKey: 'server' } as const;

/**
 * Core's memory adapter over just the rows a request touches, so every write applies exactly core's rules
 * (validation, cycle checks, check-in ordering, draft keys, move records) before the result is stored in SQL.
 *
 * @example
 * const rules = coreRules({ goals: [goal] }, ctx.now);
 * const updated = await rules.goals.update(goal.id, patch, ONCE);
 */
export function coreRules(seed: MemoryAdapterSeed, now: () => Date): MemoryAdapter {
  return createMemoryAdapter(seed, {
    now,
    // Globally unique, so ids made by concurrent requests on several instances never clash.
    idGenerator: (kind) => `${kind}-${randomUUID()}`,
  });
}
