import { NorthstarError } from '@northstar/core';
import type { ReadOptions, WriteOptions } from '@northstar/core/adapters';
import { problemToError } from './problemToError.js';
import { readCsrfCookie } from './readCsrfCookie.js';
import type { RestAdapterOptions } from './restAdapter.types.js';

/** Query values: arrays are joined with commas, `null` is sent empty (e.g. `managerId=` for "no manager"). */
export type QueryValue = string | number | null | undefined | readonly string[];

/**
 * Sends one request of the route table and maps its answer: JSON on success, a `NorthstarError` otherwise.
 *
 * @example
 * const transport = createTransport({ baseUrl: '/api' });
 * await transport.read('goals.list', '/goals', { cycleId: 'c-1' }, {});
 */
export interface Transport {
  read<T>(
    label: string,
    path: string,
    query: Record<string, QueryValue>,
    options: ReadOptions | undefined,
  ): Promise<T>;
  write<T>(
    label: string,
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body: unknown,
    options: WriteOptions,
  ): Promise<T>;
  /** The URL of `path` with `query` (also used for the event stream). */
  url(path: string, query?: Record<string, QueryValue>): string;
  /** The fetch and base headers every request uses (the event stream adds its own). */
  fetch(url: string, init: RequestInit, label: string): Promise<Response>;
}

/**
 * `/goals/g 1` → `/goals/g%201`: ids go into paths percent-encoded, so a hostile id cannot change the route.
 *
 * @example
 * path`/goals/${id}/check-ins`;
 */
export function path(strings: TemplateStringsArray, ...ids: string[]): string {
  return strings.reduce(
    (out, text, index) => out + text + (index < ids.length ? encodeURIComponent(ids[index]!) : ''),
    '',
  );
}

function aborted(label: string, signal: AbortSignal | undefined): NorthstarError {
  return new NorthstarError('ABORTED', `${label} was aborted`, { method: label, reason: signal?.reason });
}

/**
 * Builds the transport of one adapter from its options.
 *
 * @example
 * const transport = createTransport({ baseUrl: 'https://perf.example.com/api', headers: { Authorization: 'Bearer t' } });
 */
export function createTransport(options: RestAdapterOptions): Transport {
  const base = options.baseUrl.replace(/\/+$/, '');

  const url = (route: string, query: Record<string, QueryValue> = {}): string => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      params.set(name, value === null ? '' : Array.isArray(value) ? value.join(',') : String(value));
    }
    const search = params.toString();
    return base + route + (search === '' ? '' : `?${search}`);
  };

  const send = async (target: string, init: RequestInit, label: string): Promise<Response> => {
    const signal = init.signal ?? undefined;
    if (signal?.aborted) throw aborted(label, signal);
    const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
    const headers = { Accept: 'application/json', ...extra, ...(init.headers as Record<string, string>) };
    const request: RequestInit = { ...init, headers };
    if (options.credentials !== undefined) request.credentials = options.credentials;
    try {
      return await (options.fetch ?? globalThis.fetch)(target, request);
    } catch (error) {
      if (signal?.aborted) throw aborted(label, signal);
      throw new NorthstarError(
        'NETWORK',
        `${label} could not reach ${target}: ${String(error)}`,
        { method: label },
        {
          retryable: true,
          cause: error,
        },
      );
    }
  };

  const answer = async <T>(
    response: Response,
    label: string,
    signal: AbortSignal | undefined,
  ): Promise<T> => {
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw aborted(label, signal);
      throw new NorthstarError(
        'NETWORK',
        `${label} lost the connection while reading the answer`,
        { method: label },
        {
          retryable: true,
          cause: error,
        },
      );
    }
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch (error) {
      if (!response.ok) body = undefined;
      else
        throw new NorthstarError(
          'INTERNAL',
          `${label} got HTTP ${response.status} with a body that is not JSON`,
          { method: label, status: response.status },
          { cause: error },
        );
    }
    if (!response.ok) throw problemToError(label, response.status, body, response.headers.get('Retry-After'));
    return body as T;
  };

  return {
    url,
    fetch: send,

    async read(label, route, query, readOptions) {
      const signal = readOptions?.signal;
      const response = await send(url(route, query), { method: 'GET', signal }, label);
      return answer(response, label, signal);
    },

    async write(label, method, route, body, writeOptions) {
      const key: unknown = writeOptions?.idempotencyKey;
      if (typeof key !== 'string' || key.length === 0) {
        throw new NorthstarError('EMPTY_INPUT', `${label} needs options.idempotencyKey, a non-empty string`, {
          method: label,
          field: 'idempotencyKey',
          value: key,
        });
      }
      const signal = writeOptions.signal;
      const headers: Record<string, string> = { 'Idempotency-Key': key };
      const csrf =
        typeof options.csrfToken === 'function'
          ? options.csrfToken()
          : (options.csrfToken ?? readCsrfCookie());
      if (csrf !== undefined) headers['X-CSRF-Token'] = csrf;
      const init: RequestInit = { method, headers, signal };
      if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
      }
      const response = await send(url(route), init, label);
      return answer(response, label, signal);
    },
  };
}
