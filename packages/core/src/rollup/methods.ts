import { fail, show } from '../internal/assert.js';
import type { MissingPolicy, RollupMethod } from './rollup.types.js';

/** Method codes stored per node in a Uint8Array. */
export const METHOD_CODES: Readonly<Record<RollupMethod, number>> = {
  'weighted-mean': 0,
  mean: 1,
  min: 2,
  max: 3,
  sum: 4,
};

/** Code for a method name, throwing INVALID_OPTION naming where it came from. */
export function methodCode(method: unknown, where: string, id?: string): number {
  const code = METHOD_CODES[method as RollupMethod];
  if (code === undefined) {
    fail(
      'INVALID_OPTION',
      `${where} "method" must be one of ${Object.keys(METHOD_CODES).join(', ')}, got ${show(method)}`,
      { id, field: 'method', value: method },
    );
  }
  return code;
}

/** Validates the missing-data policy. */
export function missingIsZero(missing: unknown): boolean {
  if (missing === undefined || missing === 'skip') return false;
  if (missing === 'zero') return true;
  return fail('INVALID_OPTION', `rollup option "missing" must be "skip" or "zero", got ${show(missing)}`, {
    field: 'missing',
    value: missing as MissingPolicy,
  });
}
