import type { NorthstarError } from '@northstar/core';
import type {
  AdapterListener,
  CyclesAdapter,
  FeedbackAdapter,
  GoalsAdapter,
  KpisAdapter,
  PeopleAdapter,
  TalentAdapter,
} from '@northstar/core/adapters';

/**
 * Headers sent with every request: a fixed set, or a function called per request (e.g. a bearer token that rotates).
 *
 * @example
 * const headers: RestHeaders = async () => ({ Authorization: `Bearer ${await getToken()}` });
 */
export type RestHeaders =
  | Record<string, string>
  | (() => Record<string, string> | Promise<Record<string, string>>);

/**
 * Options of `createRestAdapter`.
 *
 * @example
 * const options: RestAdapterOptions = { baseUrl: '/api', credentials: 'include' };
 */
export interface RestAdapterOptions {
  /** Where the API lives, including its `/api` prefix: `'/api'` same-origin, `'https://perf.example.com/api'`. */
  baseUrl: string;
  /** The fetch to use (a test double, an instrumented one); default the global `fetch`, looked up per request. */
  fetch?: typeof fetch;
  /** Extra headers on every request, e.g. `Authorization: Bearer …` for service calls. */
  headers?: RestHeaders;
  /** Passed to fetch; `'include'` sends the session cookie cross-origin. Default: fetch's own (`same-origin`). */
  credentials?: RequestCredentials;
  /**
   * The CSRF token sent as `X-CSRF-Token` on writes; default the readable `ns_csrf` cookie when running in a
   * browser. Not needed with bearer tokens.
   */
  csrfToken?: string | (() => string | undefined);
  /**
   * Milliseconds to wait before the `attempt`-th reconnect of the live-updates stream (1-based). Default: the
   * server's `retry:` or 1 s, doubled per failed attempt up to 30 s, with jitter.
   */
  reconnectDelay?: (attempt: number) => number;
  /** Called when the live-updates stream fails (it keeps reconnecting unless the error is not retryable). */
  onEventsError?: (error: NorthstarError) => void;
}

/**
 * What `subscribe` returns: the unsubscribe function, with `ready` resolving once the event stream is connected (or
 * the subscription ended), so a caller can write knowing the change will be delivered.
 *
 * @example
 * const stop: RestSubscription = adapter.subscribe(onChange);
 * await stop.ready;
 */
export type RestSubscription = (() => void) & { ready: Promise<void> };

/**
 * The adapter `createRestAdapter` returns: every domain and method of the contract except `feedback.listResponses`
 * (raw responses never leave the server; use `feedback.summarize`).
 *
 * @example
 * const adapter: RestAdapter = createRestAdapter({ baseUrl: '/api' });
 * await adapter.goals.get('g-0001');
 */
export interface RestAdapter {
  goals: Required<GoalsAdapter>;
  kpis: Required<KpisAdapter>;
  feedback: Required<Omit<FeedbackAdapter, 'listResponses'>>;
  talent: Required<TalentAdapter>;
  people: Required<PeopleAdapter>;
  cycles: Required<CyclesAdapter>;
  subscribe(listener: AdapterListener): RestSubscription;
}
