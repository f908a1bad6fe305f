import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeCsv, writeJson } from './writeOutput.js';

const capture = (fn: (out: { write: (s: string) => void }) => void): string => {
  let text = '';
  fn({ write: (s) => (text += s) });
  return text;
};

describe('writeJson', () => {
  it('writeJson(any JSON value, long arrays included) → exactly JSON.stringify(value, null, 2) plus a newline', () => {
    const json = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(
        fc.oneof(json, fc.array(json), fc.dictionary(fc.string(), fc.oneof(json, fc.array(json)))),
        (value) => {
          expect(capture((out) => writeJson(out, value))).toBe(`${JSON.stringify(value, null, 2)}\n`);
        },
      ),
      { numRuns: 300 },
    );
    const big = { items: Array.from({ length: 20_000 }, (_, i) => ({ i, s: `x${i}` })), n: 1 };
    expect(capture((out) => writeJson(out, big))).toBe(`${JSON.stringify(big, null, 2)}\n`);
    const top = Array.from({ length: 16_385 }, (_, i) => i);
    expect(capture((out) => writeJson(out, top))).toBe(`${JSON.stringify(top, null, 2)}\n`);
  });

  it('writeJson({ chiSquare: Infinity }) → "Infinity" as a string, not null', () => {
    expect(capture((out) => writeJson(out, { chiSquare: Number.POSITIVE_INFINITY, p: 0 }))).toBe(
      '{\n  "chiSquare": "Infinity",\n  "p": 0\n}\n',
    );
  });
});

describe('writeCsv', () => {
  it('writeCsv(rows with commas, quotes, line breaks and nulls) → RFC 4180 CSV in column order, across chunks', () => {
    const text = capture((out) =>
      writeCsv(
        out,
        [
          { b: 'say "hi"', a: 'x,y' },
          { a: null, b: 'two\nlines' },
        ],
        ['a', 'b'],
      ),
    );
    expect(text).toBe('a,b\n"x,y","say ""hi"""\n,"two\nlines"\n');
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: i }));
    const csv = capture((out) => writeCsv(out, many, ['id']));
    expect(csv.split('\n')).toHaveLength(10_002);
    expect(csv.endsWith('\n9999\n')).toBe(true);
  });

  it('writeCsv([]) → the header only', () => {
    expect(capture((out) => writeCsv(out, [], ['id', 'value']))).toBe('id,value\n');
  });
});
