import { NorthstarError } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import { NorthstarQueryError } from './NorthstarQueryError.js';

describe('NorthstarQueryError.from', () => {
  it('keeps a retryable adapter error (network, 429, 5xx) retryable, so the widget offers Retry', () => {
    const network = new NorthstarError('NETWORK', 'GET /api/kpis failed', {}, { retryable: true });
    const wrapped = NorthstarQueryError.from(network, 'kpis.list');
    expect(wrapped.code).toBe('REQUEST_FAILED');
    expect(wrapped.retryable).toBe(true);
    expect(wrapped.message).toBe('GET /api/kpis failed');
  });

  it('treats a core error about bad input as rejected: resending it cannot succeed', () => {
    const wrapped = NorthstarQueryError.from(new NorthstarError('CYCLE', 'cycle a → b → a'), 'goals.align');
    expect(wrapped.code).toBe('REJECTED');
    expect(wrapped.retryable).toBe(false);
  });

  it('maps NOT_FOUND and ABORTED from core to their own codes', () => {
    expect(NorthstarQueryError.from(new NorthstarError('NOT_FOUND', 'kpi "x"'), 'kpis.get').code).toBe(
      'NOT_FOUND',
    );
    expect(NorthstarQueryError.from(new NorthstarError('ABORTED', 'aborted'), 'kpis.get').code).toBe(
      'ABORTED',
    );
  });
});
