import { describe, expect, it } from 'vitest';
import { NORTHSTAR_ERROR_CODES } from './errorCodes.js';
import { isNorthstarError, NorthstarError } from './NorthstarError.js';

describe('NorthstarError', () => {
  it('is not retryable unless told, so bad input is never retried', () => {
    const error = new NorthstarError('NOT_FOUND', 'goal "g-9" was not found', { id: 'g-9' });
    expect(error.retryable).toBe(false);
    expect(error.details.id).toBe('g-9');
    expect(isNorthstarError(error)).toBe(true);
  });

  it('carries retryable and the cause of a transport failure', () => {
    const cause = new TypeError('fetch failed');
    const error = new NorthstarError('NETWORK', 'GET /api/goals failed', {}, { retryable: true, cause });
    expect(error.retryable).toBe(true);
    expect(error.cause).toBe(cause);
  });

  it('catalogues the codes a REST server answers with', () => {
    for (const code of [
      'NETWORK',
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'VALIDATION',
      'RATE_LIMITED',
      'INTERNAL',
      'IDEMPOTENCY_MISMATCH',
      'CSRF',
      'PAYLOAD_TOO_LARGE',
    ] as const) {
      expect(NORTHSTAR_ERROR_CODES[code]).toBe(code);
    }
  });
});
