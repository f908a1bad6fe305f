/**
 * Where a submission stands. `key` is the idempotency key of the attempt series: made on the first submit, reused by
 * every retry, dropped only after success.
 *
 * @example
 * const s: SubmitState = { status: 'failed', key: 'k-1', attempts: 1, error: 'Network down' };
 */
export type SubmitState =
  | { status: 'idle'; key: string | null; attempts: 0 }
  | { status: 'submitting'; key: string; attempts: number }
  | { status: 'failed'; key: string; attempts: number; error: string }
  | { status: 'succeeded'; key: string; attempts: number };

/**
 * What happens to a submission: the user submits (or retries), the adapter answers.
 *
 * @example
 * const e: SubmitEvent = { type: 'submit', newKey: createIdempotencyKey };
 */
export type SubmitEvent =
  | { type: 'submit'; newKey: () => string }
  | { type: 'failed'; error: string }
  | { type: 'succeeded' }
  | { type: 'invalid' }
  | { type: 'resume'; key: string };

/** The state before any submit. */
export const SUBMIT_IDLE: SubmitState = { status: 'idle', key: null, attempts: 0 };

/**
 * The submit state machine: a submit while one is in flight or after success changes nothing (a double click sends
 * once); a retry after failure reuses the series' key, so an adapter that did store the first attempt stores no
 * second response.
 *
 * @example
 * let s = submitReducer(SUBMIT_IDLE, { type: 'submit', newKey: () => 'k-1' }); // submitting, key k-1
 * s = submitReducer(s, { type: 'submit', newKey: () => 'k-2' }); // unchanged (same object)
 * s = submitReducer(submitReducer(s, { type: 'failed', error: 'offline' }), { type: 'submit', newKey: () => 'k-3' }); // key still k-1
 */
export function submitReducer(state: SubmitState, event: SubmitEvent): SubmitState {
  switch (event.type) {
    case 'submit':
      if (state.status === 'submitting' || state.status === 'succeeded') return state;
      return { status: 'submitting', key: state.key ?? event.newKey(), attempts: state.attempts + 1 };
    case 'failed':
      return state.status === 'submitting' ? { ...state, status: 'failed', error: event.error } : state;
    case 'succeeded':
      return state.status === 'submitting'
        ? { status: 'succeeded', key: state.key, attempts: state.attempts }
        : state;
    case 'resume':
      // A restored draft carries the key of an attempt made before a reload: its retry must reuse it.
      return state.status === 'idle' ? { status: 'idle', key: event.key, attempts: 0 } : state;
    case 'invalid':
      // The server rejected the answers: a new attempt series starts once the rater fixes them, since nothing was stored.
      return state.status === 'submitting' ? SUBMIT_IDLE : state;
  }
}
