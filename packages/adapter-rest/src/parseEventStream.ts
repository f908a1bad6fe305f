/**
 * One Server-Sent Event: its type (`message` when the server named none), data lines joined by newlines, and id.
 *
 * @example
 * const event: ServerSentEvent = { event: 'change', data: '{"type":"goals","ids":["g-1"],"kind":"updated"}', id: '42' };
 */
export interface ServerSentEvent {
  event: string;
  data: string;
  /** The last event id seen so far (the stream's, not only this event's), for `Last-Event-ID` on reconnect. */
  id: string | undefined;
}

/**
 * What the parser reports besides events: a `retry:` delay the server asked for.
 *
 * @example
 * const sink: EventStreamSink = { event: (e) => console.log(e), retry: (ms) => (delay = ms) };
 */
export interface EventStreamSink {
  event(event: ServerSentEvent): void;
  retry?(ms: number): void;
}

/**
 * An incremental parser of the `text/event-stream` format (WHATWG HTML §9.2): feed decoded text chunks as they
 * arrive, split anywhere; comments (`: ping`) are skipped, CR, LF and CRLF all end lines.
 *
 * @example
 * const push = createEventStreamParser({ event: (e) => handle(e) });
 * push('event: change\ndata: {}\nid: 1\n\n');
 */
export function createEventStreamParser(
  sink: EventStreamSink,
  lastEventId?: string,
): (chunk: string) => void {
  let buffer = '';
  let first = true;
  let type = '';
  let data: string[] = [];
  let id = lastEventId;

  const line = (text: string): void => {
    if (text === '') {
      // A blank line dispatches; an event without data lines is dropped (its id still counts).
      if (data.length > 0) sink.event({ event: type || 'message', data: data.join('\n'), id });
      type = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') type = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id' && !value.includes('\0')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) sink.retry?.(Number(value));
  };

  // After a CR that ended a chunk, a LF opening the next one is the rest of that CRLF, not an empty line.
  let skipLf = false;

  return (chunk) => {
    buffer += chunk;
    if (first && buffer.length > 0) {
      if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      first = false;
    }
    let start = 0;
    if (skipLf && buffer.startsWith('\n')) start = 1;
    if (buffer.length > 0) skipLf = false;
    for (let index = start; index < buffer.length; index += 1) {
      const char = buffer[index];
      if (char !== '\n' && char !== '\r') continue;
      line(buffer.slice(start, index));
      if (char === '\r') {
        if (index === buffer.length - 1) skipLf = true;
        else if (buffer[index + 1] === '\n') index += 1;
      }
      start = index + 1;
    }
    buffer = buffer.slice(start);
  };
}
