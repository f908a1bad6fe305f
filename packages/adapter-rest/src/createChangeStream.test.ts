import type { NorthstarError } from '@northstar/core';
import type { AdapterChange } from '@northstar/core/adapters';
import { describe, expect, it } from 'vitest';
import { createRestAdapter } from './createRestAdapter.js';
import { createFakeFetch } from './fakeFetch.js';

const change = (id: string): AdapterChange => ({ type: 'goals', ids: [id], kind: 'updated' });
const frame = (c: AdapterChange, id: string): string =>
  `event: change\ndata: ${JSON.stringify(c)}\nid: ${id}\n\n`;

/** Resolves once `listener` has been called `n` times in total. */
function collector() {
  const changes: AdapterChange[] = [];
  const waits: { n: number; resolve: () => void }[] = [];
  return {
    changes,
    listener(c: AdapterChange) {
      changes.push(c);
      for (const wait of waits) if (changes.length >= wait.n) wait.resolve();
    },
    count(n: number): Promise<void> {
      if (changes.length >= n) return Promise.resolve();
      return new Promise((resolve) => waits.push({ n, resolve }));
    },
  };
}

function setup() {
  const fake = createFakeFetch();
  const errors: NorthstarError[] = [];
  const delays: number[] = [];
  const adapter = createRestAdapter({
    baseUrl: '/api',
    fetch: fake.fetch,
    headers: { Authorization: 'Bearer t' },
    // Reconnect at once: the test decides when the next connection answers, not a clock.
    reconnectDelay: (attempt) => {
      delays.push(attempt);
      return 0;
    },
    onEventsError: (error) => errors.push(error),
  });
  return { fake, adapter, errors, delays };
}

describe('subscribe over Server-Sent Events', () => {
  it('opens /api/events with the adapter headers, is ready once connected, and delivers change events', async () => {
    const { fake, adapter } = setup();
    const seen = collector();
    const stop = adapter.subscribe(seen.listener);
    const request = await fake.request(0);
    expect(request.url).toBe('/api/events');
    expect(request.headers).toMatchObject({ Accept: 'text/event-stream', Authorization: 'Bearer t' });
    expect(request.headers['Last-Event-ID']).toBeUndefined();
    const stream = request.stream();
    await stop.ready;
    stream.push(': ping\n\n');
    stream.push('event: other\ndata: {}\n\n');
    stream.push(frame(change('g-1'), '1').slice(0, 20));
    stream.push(frame(change('g-1'), '1').slice(20) + frame(change('g-2'), '2'));
    await seen.count(2);
    expect(seen.changes).toEqual([change('g-1'), change('g-2')]);
    stop();
    expect(request.signal?.aborted).toBe(true);
  });

  it('reconnects after the stream ends, resuming with Last-Event-ID', async () => {
    const { fake, adapter, delays } = setup();
    const seen = collector();
    const stop = adapter.subscribe(seen.listener);
    const first = (await fake.request(0)).stream();
    first.push(frame(change('g-1'), '41'));
    await seen.count(1);
    first.end();
    const second = await fake.request(1);
    expect(second.headers['Last-Event-ID']).toBe('41');
    second.stream().push(frame(change('g-2'), '42'));
    await seen.count(2);
    expect(seen.changes.map((c) => c.ids[0])).toEqual(['g-1', 'g-2']);
    expect(delays).toEqual([1]);
    stop();
  });

  it('backs off with growing attempts while the network fails, and starts over after a success', async () => {
    const { fake, adapter, errors, delays } = setup();
    const stop = adapter.subscribe(() => {});
    (await fake.request(0)).fail(new TypeError('fetch failed'));
    (await fake.request(1)).respond(503, { code: 'INTERNAL' });
    const third = (await fake.request(2)).stream();
    await stop.ready;
    third.error(new TypeError('socket hang up'));
    await fake.request(3);
    expect(delays).toEqual([1, 2, 1]);
    expect(errors.map((e) => [e.code, e.retryable])).toEqual([
      ['NETWORK', true],
      ['INTERNAL', true],
      ['NETWORK', true],
    ]);
    stop();
  });

  it('stops for good on an error that retrying cannot fix (401), reporting it', async () => {
    const { fake, adapter, errors } = setup();
    const stop = adapter.subscribe(() => {});
    (await fake.request(0)).respond(401, { code: 'UNAUTHENTICATED', detail: 'Sign in first' });
    await stop.ready;
    expect(errors.map((e) => e.code)).toEqual(['UNAUTHENTICATED']);
    expect(fake.requests).toHaveLength(1);
    // Signed in meanwhile: the next subscribe opens a new stream instead of joining the dead one.
    const again = adapter.subscribe(() => {});
    (await fake.request(1)).stream();
    await again.ready;
    again();
  });

  it('reports a malformed change and keeps the stream', async () => {
    const { fake, adapter, errors } = setup();
    const seen = collector();
    const stop = adapter.subscribe(seen.listener);
    const stream = (await fake.request(0)).stream();
    stream.push('event: change\ndata: {not json\nid: 5\n\n' + frame(change('g-3'), '6'));
    await seen.count(1);
    expect(errors.map((e) => [e.code, e.details.id])).toEqual([['INVALID_VALUE', '5']]);
    expect(seen.changes).toEqual([change('g-3')]);
    stop();
  });

  it('shares one connection between listeners and closes it with the last one', async () => {
    const { fake, adapter } = setup();
    const a = collector();
    const b = collector();
    const stopA = adapter.subscribe(a.listener);
    const stopB = adapter.subscribe(b.listener);
    const request = await fake.request(0);
    const stream = request.stream();
    stream.push(frame(change('g-1'), '1'));
    await Promise.all([a.count(1), b.count(1)]);
    stopA();
    expect(request.signal?.aborted).toBe(false);
    stream.push(frame(change('g-2'), '2'));
    await b.count(2);
    expect(a.changes).toHaveLength(1);
    stopB();
    expect(request.signal?.aborted).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('resolves ready when unsubscribed before the stream connected', async () => {
    const { fake, adapter } = setup();
    const stop = adapter.subscribe(() => {});
    await fake.request(0);
    stop();
    await stop.ready;
    expect(fake.requests).toHaveLength(1);
  });
});
