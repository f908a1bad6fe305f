let counter = 0;

/**
 * A unique key for one logical write, so a resent request is applied once: `crypto.randomUUID()` where available
 * (secure contexts), else time + a per-page counter + randomness.
 *
 * @example
 * adapter.kpis.record('k-001', sample, { idempotencyKey: createIdempotencyKey() });
 */
export function createIdempotencyKey(): string {
  const uuid = globalThis.crypto?.randomUUID?.bind(globalThis.crypto);
  if (uuid) return uuid();
  counter += 1;
  return `ns-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
