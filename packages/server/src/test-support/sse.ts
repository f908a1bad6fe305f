/**
 * One parsed server-sent event.
 *
 * @example
 * const e: SseEvent = { event: 'change', id: '7', data: '{"type":"goals"}' };
 */
export interface SseEvent {
  event?: string;
  id?: string;
  data: string;
}

/**
 * Opens `GET /api/events` and lets a test wait for the next matching event, without any timer: the stream is
 * connected once `open` resolves (the server's first comment arrived).
 *
 * @example
 * const events = await openEvents(url, token);
 * const change = await events.next((e) => e.event === 'change');
 * events.close();
 */
export interface EventStream {
  status: number;
  headers: Headers;
  next(match: (event: SseEvent) => boolean): Promise<SseEvent>;
  received(): SseEvent[];
  close(): void;
}

export async function openEvents(url: string, headers: Record<string, string>): Promise<EventStream> {
  const controller = new AbortController();
  const res = await fetch(`${url}/api/events`, { headers, signal: controller.signal });
  if (res.status !== 200 || res.body === null) throw new Error(`events answered ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const seen: SseEvent[] = [];
  const comments: string[] = [];

  const pump = async (): Promise<boolean> => {
    const { value, done } = await reader.read();
    if (done) return false;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event: SseEvent = { data: '' };
      let isEvent = false;
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) comments.push(line.slice(1).trim());
        else if (line.startsWith('event:')) {
          event.event = line.slice(6).trim();
          isEvent = true;
        } else if (line.startsWith('id:')) event.id = line.slice(3).trim();
        else if (line.startsWith('data:')) {
          event.data += line.slice(5).trim();
          isEvent = true;
        }
      }
      if (isEvent) seen.push(event);
      end = buffer.indexOf('\n\n');
    }
    return true;
  };

  while (comments.length === 0) if (!(await pump())) throw new Error('event stream ended before it opened');

  return {
    status: res.status,
    headers: res.headers,
    /** Resolves with the first event (seen so far or arriving) that matches. */
    async next(match: (event: SseEvent) => boolean): Promise<SseEvent> {
      for (;;) {
        const index = seen.findIndex(match);
        if (index >= 0) return seen.splice(index, 1)[0]!;
        if (!(await pump())) throw new Error('event stream ended');
      }
    },
    /** Every event received so far. */
    received: () => [...seen],
    close: () => controller.abort(),
  };
}
