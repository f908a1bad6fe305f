import { describe, expect, it } from 'vitest';
import { createEventStreamParser, type ServerSentEvent } from './parseEventStream.js';

function parse(chunks: string[], lastEventId?: string): { events: ServerSentEvent[]; retries: number[] } {
  const events: ServerSentEvent[] = [];
  const retries: number[] = [];
  const push = createEventStreamParser(
    { event: (e) => events.push(e), retry: (ms) => retries.push(ms) },
    lastEventId,
  );
  for (const chunk of chunks) push(chunk);
  return { events, retries };
}

describe('createEventStreamParser', () => {
  it('parses typed events with ids and skips ping comments', () => {
    const { events } = parse([': ping\n\nevent: change\ndata: {"a":1}\nid: 7\n\n']);
    expect(events).toEqual([{ event: 'change', data: '{"a":1}', id: '7' }]);
  });

  it('joins data lines with newlines and defaults the type to message', () => {
    expect(parse(['data: one\ndata:two\ndata\n\n']).events).toEqual([
      { event: 'message', data: 'one\ntwo\n', id: undefined },
    ]);
  });

  it('handles chunks split anywhere, also inside a CRLF', () => {
    const text = 'event: change\r\ndata: {"x":true}\r\nid: 12\r\n\r\n';
    for (let cut = 1; cut < text.length; cut += 1) {
      expect(parse([text.slice(0, cut), text.slice(cut)]).events).toEqual([
        { event: 'change', data: '{"x":true}', id: '12' },
      ]);
    }
  });

  it('accepts lone CR line endings and a leading BOM', () => {
    expect(parse(['\uFEFFdata: a\r\rdata: b\r\r']).events.map((e) => e.data)).toEqual(['a', 'b']);
  });

  it('keeps the last id for later events and across an event without data', () => {
    const { events } = parse(['id: 3\n\ndata: x\n\n'], '1');
    expect(events).toEqual([{ event: 'message', data: 'x', id: '3' }]);
    expect(parse(['data: y\n\n'], '9').events[0]?.id).toBe('9');
  });

  it('reports retry delays of digits only and ignores unknown fields', () => {
    const { events, retries } = parse(['retry: 2500\nretry: soon\nfoo: bar\ndata: z\n\n']);
    expect(retries).toEqual([2500]);
    expect(events).toHaveLength(1);
  });

  it('does not dispatch an unterminated event', () => {
    expect(parse(['data: half']).events).toEqual([]);
  });
});
