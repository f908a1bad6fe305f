import type { NorthstarErrorCode } from '../errors/errorCodes.js';
import { isNorthstarError, type NorthstarError } from '../errors/NorthstarError.js';
import type { ConformanceTarget, ConformanceTestApi } from './conformance.types.js';

/**
 * What each domain's part of the suite gets: the runner's functions, the target (set once `create` resolved) and
 * helpers for unique keys and expected rejections.
 *
 * @example
 * defineGoalConformance(createConformanceContext(api, () => target));
 */
export interface ConformanceContext {
  t: ConformanceTestApi;
  target: () => ConformanceTarget;
  /** A fresh idempotency key (unique per run, so a shared database can be reused). */
  key: () => string;
  /** `label` made unique per run, for titles and reasons the suite looks for afterwards. */
  unique: (label: string) => string;
  /** Awaits `promise`, which must reject with a NorthstarError of `code`; returns the error. */
  rejects: (promise: Promise<unknown>, code: NorthstarErrorCode) => Promise<NorthstarError>;
}

/**
 * Builds the shared helpers of one suite run.
 *
 * @example
 * const context = createConformanceContext(api, () => target);
 */
export function createConformanceContext(
  t: ConformanceTestApi,
  target: () => ConformanceTarget,
): ConformanceContext {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  let counter = 0;
  const unique = (label: string): string => {
    counter += 1;
    return `${label} ${run}-${counter}`;
  };
  return {
    t,
    target,
    unique,
    key: () => unique('conformance').replace(' ', '-'),
    async rejects(promise, code) {
      let outcome: { value: unknown } | undefined;
      try {
        outcome = { value: await promise };
      } catch (error) {
        if (!isNorthstarError(error)) {
          throw new Error(`expected a NorthstarError ${code}, got ${String(error)}`, { cause: error });
        }
        t.expect(error.code).toBe(code);
        return error;
      }
      throw new Error(
        `expected a rejection with ${code}, but it resolved to ${JSON.stringify(outcome.value)}`,
      );
    },
  };
}
