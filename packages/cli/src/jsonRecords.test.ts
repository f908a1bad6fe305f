import { describe, expect, it } from 'vitest';
import { CliError } from './CliError.js';
import { parseJsonRecords, topLevelElementLines } from './jsonRecords.js';

describe('topLevelElementLines', () => {
  it('topLevelElementLines(one element per line, nested arrays, strings with brackets) → the start line of each', () => {
    const text = '[\n  {"a": [1, {"b": "]}[,"}]},\n  {"c": "x\\"y"},\n\n  3\n]';
    expect(topLevelElementLines(text)).toEqual([2, 3, 5]);
  });

  it('topLevelElementLines(elements sharing a line, an empty array) → repeated lines, none', () => {
    expect(topLevelElementLines('[{"a":1},{"a":2}]')).toEqual([1, 1]);
    expect(topLevelElementLines('[ ]')).toEqual([]);
  });
});

describe('parseJsonRecords', () => {
  it('parseJsonRecords(array of objects) → the records and their lines', () => {
    const t = parseJsonRecords('[\n{"id": "a"},\n{"id": "b"}\n]', 'x.json', 'things');
    expect(t.records).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect([t.lineAt(0), t.lineAt(1)]).toEqual([2, 3]);
  });

  it('parseJsonRecords(not an array, a non-object element, bad syntax) → INVALID_INPUT with file and line', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['{"id": 1}', { file: 'x.json' }, 'expected a JSON array of things, got object'],
      ['[\n{"id": 1},\n2\n]', { file: 'x.json', line: 3 }, 'element 2 must be an object'],
      ['[\n{"id" 1}\n]', { file: 'x.json', line: 2 }, 'invalid JSON'],
    ];
    for (const [text, details, message] of cases) {
      try {
        parseJsonRecords(text, 'x.json', 'things');
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        expect((error as CliError).details).toMatchObject(details);
        expect((error as CliError).message).toContain(message);
      }
    }
  });
});
