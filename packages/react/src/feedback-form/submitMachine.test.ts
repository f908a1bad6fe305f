import { describe, expect, it } from 'vitest';
import { SUBMIT_IDLE, submitReducer } from './submitMachine.js';

const keys = () => {
  let n = 0;
  return () => `k-${++n}`;
};

describe('submitReducer', () => {
  it('submit twice while in flight (a double click) → one attempt, the same state object', () => {
    const newKey = keys();
    const first = submitReducer(SUBMIT_IDLE, { type: 'submit', newKey });
    expect(first).toEqual({ status: 'submitting', key: 'k-1', attempts: 1 });
    expect(submitReducer(first, { type: 'submit', newKey })).toBe(first);
  });

  it('failure then retry → the same idempotency key, attempts counted', () => {
    const newKey = keys();
    let s = submitReducer(SUBMIT_IDLE, { type: 'submit', newKey });
    s = submitReducer(s, { type: 'failed', error: 'offline' });
    expect(s).toEqual({ status: 'failed', key: 'k-1', attempts: 1, error: 'offline' });
    s = submitReducer(s, { type: 'submit', newKey });
    expect(s).toEqual({ status: 'submitting', key: 'k-1', attempts: 2 });
  });

  it('after success → further submits do nothing (the form is read-only)', () => {
    const newKey = keys();
    const done = submitReducer(submitReducer(SUBMIT_IDLE, { type: 'submit', newKey }), { type: 'succeeded' });
    expect(done).toEqual({ status: 'succeeded', key: 'k-1', attempts: 1 });
    expect(submitReducer(done, { type: 'submit', newKey })).toBe(done);
  });

  it('server validation rejection → idle again (nothing stored), the next submit starts a new series', () => {
    const newKey = keys();
    const rejected = submitReducer(submitReducer(SUBMIT_IDLE, { type: 'submit', newKey }), {
      type: 'invalid',
    });
    expect(rejected).toBe(SUBMIT_IDLE);
    expect(submitReducer(rejected, { type: 'submit', newKey }).key).toBe('k-2');
  });

  it('a late answer for no attempt in flight → ignored', () => {
    expect(submitReducer(SUBMIT_IDLE, { type: 'failed', error: 'x' })).toBe(SUBMIT_IDLE);
    expect(submitReducer(SUBMIT_IDLE, { type: 'succeeded' })).toBe(SUBMIT_IDLE);
  });

  it('resume(key of an attempt before a reload) → the next submit reuses that key', () => {
    const resumed = submitReducer(SUBMIT_IDLE, { type: 'resume', key: 'k-old' });
    expect(submitReducer(resumed, { type: 'submit', newKey: keys() }).key).toBe('k-old');
  });
});
