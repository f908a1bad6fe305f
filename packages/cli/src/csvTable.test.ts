import { describe, expect, it } from 'vitest';
import { CliError } from './CliError.js';
import { parseCsvTable } from './csvTable.js';

function thrown(fn: () => unknown): CliError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a NorthstarError');
}

describe('parseCsvTable', () => {
  it('parseCsvTable(quoted cells spanning lines) → each row keeps the line it starts on', () => {
    // Row 1 on line 2; its quoted cell holds two line breaks, so row 2 starts on line 5.
    const t = parseCsvTable('id,note\na,"one\ntwo\nthree"\nb,x\n', 'f.csv');
    expect(t.rows).toEqual([
      ['a', 'one\ntwo\nthree'],
      ['b', 'x'],
    ]);
    expect([t.lineAt(0), t.lineAt(1)]).toEqual([2, 5]);
  });

  it('parseCsvTable(CRLF line ends, CRLF inside quotes, blank lines) → lines still counted as a text editor shows them', () => {
    const t = parseCsvTable('id,note\r\na,"x\r\ny"\r\n\r\nb,z\r\n', 'f.csv');
    expect(t.rows).toEqual([
      ['a', 'x\r\ny'],
      ['b', 'z'],
    ]);
    expect([t.lineAt(0), t.lineAt(1)]).toEqual([2, 5]);
  });

  it('parseCsvTable(header with spaces, quoted commas and doubled quotes) → trimmed names, cells as written', () => {
    const t = parseCsvTable(' id , title \ng-1,"Say ""hi"", then go"\n', 'f.csv');
    expect(t.header).toEqual(['id', 'title']);
    expect(t.rows[0]).toEqual(['g-1', 'Say "hi", then go']);
  });

  it('parseCsvTable(a row with too few fields) → INVALID_INPUT naming its line, the other rows kept', () => {
    const t = parseCsvTable('a,b,c\n1,2,3\n\n4,5\n6,7,8\n', 'f.csv');
    expect(t.rows).toEqual([
      ['1', '2', '3'],
      ['6', '7', '8'],
    ]);
    expect(t.lineAt(1)).toBe(5);
    const e = t.errors.list[0]!;
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.details).toMatchObject({ file: 'f.csv', line: 4 });
    expect(e.message).toContain('row has 2 fields but the header has 3');
  });

  it('parseCsvTable(duplicate column name) → names both columns', () => {
    const e = parseCsvTable('id,score,id\n', 'f.csv').errors.list[0]!;
    expect(e.details).toMatchObject({ line: 1, column: 3, field: 'id' });
    expect(e.message).toBe('column name "id" appears twice (also column 1)');
  });

  it('parseCsvTable(a quote never closed on the last row) → names the line it opened on', () => {
    const e = parseCsvTable('id\nok\n"broken\nrest\n', 'f.csv').errors.list[0]!;
    expect(e.details).toMatchObject({ file: 'f.csv', line: 3 });
    expect(e.message).toContain('never closed');
  });

  it('parseCsvTable("") → INVALID_INPUT: no header', () => {
    expect(thrown(() => parseCsvTable('', 'f.csv')).message).toBe('file is empty: expected a header row');
  });

  it('parseCsvTable(a large file on a terminal) → draws a progress bar on the given stream and clears it', () => {
    let err = '';
    const text = `id\n${'x\n'.repeat(60_000)}`;
    const t = parseCsvTable(text, 'big.csv', { write: (s: string) => (err += s), isTTY: true });
    expect(t.rows).toHaveLength(60_000);
    expect(err).toContain('Reading big.csv');
    expect(err.endsWith('\r\u001b[2K')).toBe(true);
  });
});
