import { NorthstarError } from '../errors/NorthstarError.js';

/** Test helper: the NorthstarError `fn` throws; fails loudly when it throws nothing or something else. */
export function errorOf(fn: () => unknown): NorthstarError {
  try {
    fn();
  } catch (error) {
    if (error instanceof NorthstarError) return error;
    throw error;
  }
  throw new Error('expected a NorthstarError, but nothing was thrown');
}

/** Test helper: the code of the NorthstarError `fn` throws. */
export function codeOf(fn: () => unknown): string {
  return errorOf(fn).code;
}
