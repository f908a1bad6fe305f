// A test double for fetch (not exported from the package): every request waits until the test answers it, so tests
// decide when and how the "server" replies without timers.

/** One request the adapter sent, with the ways to answer it. */
export interface FakeRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** The parsed JSON body, if any. */
  body: unknown;
  signal: AbortSignal | undefined;
  credentials: RequestCredentials | undefined;
  respond(status: number, body?: unknown, headers?: Record<string, string>): void;
  /** Rejects like fetch does when the network fails. */
  fail(error: unknown): void;
  /** Answers 200 with an event stream the test writes to. */
  stream(): FakeStream;
}

/** The server's end of an event stream. */
export interface FakeStream {
  push(text: string): void;
  end(): void;
  /** Breaks the connection mid-stream. */
  error(reason: unknown): void;
}

export interface FakeFetch {
  fetch: typeof fetch;
  requests: FakeRequest[];
  /** The `n`-th request (0-based), once it has been sent. */
  request(n: number): Promise<FakeRequest>;
}

const abortError = (): DOMException => new DOMException('This operation was aborted', 'AbortError');

export function createFakeFetch(): FakeFetch {
  const requests: FakeRequest[] = [];
  const waiting = new Map<number, (request: FakeRequest) => void>();

  const fetchFake = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      const signal = init.signal ?? undefined;
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      let streamController: ReadableStreamDefaultController<Uint8Array> | undefined;
      signal?.addEventListener('abort', () => {
        reject(abortError());
        try {
          streamController?.error(abortError());
        } catch {
          // The stream was already closed.
        }
      });
      const request: FakeRequest = {
        url: String(input),
        method: init.method ?? 'GET',
        headers: { ...(init.headers as Record<string, string>) },
        body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
        signal,
        credentials: init.credentials,
        respond(status, body, headers = {}) {
          const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
          const type = status >= 400 ? 'application/problem+json' : 'application/json';
          resolve(new Response(text, { status, headers: { 'Content-Type': type, ...headers } }));
        },
        fail: reject,
        stream() {
          const encoder = new TextEncoder();
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              streamController = controller;
            },
          });
          resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }));
          return {
            push: (text) => streamController?.enqueue(encoder.encode(text)),
            end: () => streamController?.close(),
            error: (reason) => streamController?.error(reason),
          };
        },
      };
      requests.push(request);
      waiting.get(requests.length - 1)?.(request);
    });

  return {
    fetch: fetchFake as typeof fetch,
    requests,
    request(n) {
      const sent = requests[n];
      if (sent !== undefined) return Promise.resolve(sent);
      return new Promise((resolve) => waiting.set(n, resolve));
    },
  };
}
