import { isNorthstarError, NorthstarError } from '@northstar/core';
import type { AdapterChange, AdapterListener } from '@northstar/core/adapters';
import type { Transport } from './createTransport.js';
import { createEventStreamParser } from './parseEventStream.js';
import { problemToError } from './problemToError.js';
import type { RestAdapterOptions, RestSubscription } from './restAdapter.types.js';

interface Connection {
  ready: Promise<void>;
  stop(): void;
}

function isChange(value: unknown): value is AdapterChange {
  const change = value as AdapterChange | null;
  return (
    typeof change === 'object' &&
    change !== null &&
    typeof change.type === 'string' &&
    Array.isArray(change.ids) &&
    typeof change.kind === 'string'
  );
}

/** Default backoff: the server's `retry:` (or 1 s), doubled per failed attempt, at most 30 s, jittered to 50–100 %. */
function backoff(attempt: number, base: number): number {
  return Math.min(30_000, base * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
}

/**
 * Opens `GET /events` and keeps it open: parses `change` events, resumes with `Last-Event-ID` after a drop and
 * backs off between attempts; stops for good on an error that is not retryable (401, 403).
 * Fetch streaming rather than `EventSource`, so it sends the adapter's headers (bearer tokens) and runs in Node 20.
 */
function connect(
  transport: Transport,
  options: RestAdapterOptions,
  dispatch: (change: AdapterChange) => void,
  ended: () => void,
): Connection {
  let stopped = false;
  let controller: AbortController | undefined;
  let wake: (() => void) | undefined;
  let lastEventId: string | undefined;
  let serverRetry = 1000;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const report = (error: NorthstarError): void => options.onEventsError?.(error);

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wake = done;
    });

  let attempt = 0;

  const stream = async (): Promise<void> => {
    controller = new AbortController();
    const headers: Record<string, string> = { Accept: 'text/event-stream' };
    if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
    const response = await transport.fetch(
      transport.url('/events'),
      { method: 'GET', headers, signal: controller.signal, cache: 'no-store' },
      'subscribe',
    );
    if (!response.ok) {
      const body: unknown = await response.json().catch(() => undefined);
      throw problemToError('subscribe', response.status, body, response.headers.get('Retry-After'));
    }
    if (response.body === null) {
      throw new NorthstarError(
        'NETWORK',
        'subscribe got an event stream without a body',
        {},
        { retryable: true },
      );
    }
    attempt = 0;
    markReady();
    const push = createEventStreamParser(
      {
        event(event) {
          lastEventId = event.id;
          if (event.event !== 'change') return;
          let change: unknown;
          try {
            change = JSON.parse(event.data);
          } catch {
            change = undefined;
          }
          if (isChange(change)) dispatch(change);
          else
            report(
              new NorthstarError(
                'INVALID_VALUE',
                'subscribe got a change event that is not an AdapterChange',
                { id: event.id, value: event.data },
              ),
            );
        },
        retry(ms) {
          serverRetry = ms;
        },
      },
      lastEventId,
    );
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      push(decoder.decode(value, { stream: true }));
    }
  };

  const run = async (): Promise<void> => {
    while (!stopped) {
      try {
        await stream();
      } catch (error) {
        if (stopped) break;
        const failure = isNorthstarError(error)
          ? error
          : new NorthstarError(
              'NETWORK',
              `the live-updates stream broke: ${String(error)}`,
              {},
              { retryable: true, cause: error },
            );
        report(failure);
        if (!failure.retryable) break;
      }
      if (stopped) break;
      attempt += 1;
      await sleep(options.reconnectDelay?.(attempt) ?? backoff(attempt, serverRetry));
    }
    markReady();
    ended();
  };

  void run();
  return {
    ready,
    stop() {
      stopped = true;
      controller?.abort();
      wake?.();
    },
  };
}

/**
 * The adapter's `subscribe`: all listeners share one event stream, opened with the first and closed with the last.
 *
 * @example
 * const subscribe = createChangeStream(transport, options);
 * const stop = subscribe((change) => queryClient.invalidateQueries({ queryKey: [change.type] }));
 */
export function createChangeStream(
  transport: Transport,
  options: RestAdapterOptions,
): (listener: AdapterListener) => RestSubscription {
  const listeners = new Set<AdapterListener>();
  let connection: Connection | undefined;

  const dispatch = (change: AdapterChange): void => {
    for (const listener of [...listeners]) {
      try {
        listener(structuredClone(change));
      } catch (error) {
        // A broken listener must not stop the stream or the other listeners; surface it asynchronously.
        void Promise.reject(error);
      }
    }
  };

  return (listener) => {
    const entry: AdapterListener = (change) => listener(change);
    listeners.add(entry);
    // A stream that gave up (401, 403) is dropped, so a later subscribe (say after signing in) connects afresh.
    const current =
      connection ??
      connect(transport, options, dispatch, () => {
        if (connection === current) connection = undefined;
      });
    connection = current;
    const unsubscribe = (): void => {
      listeners.delete(entry);
      if (listeners.size === 0 && connection === current) {
        current.stop();
        connection = undefined;
      }
    };
    return Object.assign(unsubscribe, { ready: current.ready });
  };
}
