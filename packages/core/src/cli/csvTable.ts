import { csvParseRows } from 'd3-dsv';
import { NorthstarError } from '../errors/NorthstarError.js';
import type { CliWritable } from './cliIo.types.js';
import { createProgressBar } from './progressBar.js';

/**
 * A parsed CSV file: trimmed header names, data rows as cell arrays (blank lines dropped) and each row's 1-based line.
 *
 * @example
 * const t: CsvTable = parseCsvTable('id,performance\np-1,0.5\n', 'talent.csv');
 * t.lineAt(0); // 2
 */
export interface CsvTable {
  kind: 'csv';
  file: string;
  header: string[];
  rows: string[][];
  /**
   * Line on which data row `row` starts (a quoted cell spanning lines pushes later rows down); computed on first
   * use, since only error messages need it.
   */
  lineAt(row: number): number;
}

/** Line breaks inside a cell (\r\n, \n or a lone \r each count once, as d3-dsv reads them). */
function breaksIn(cell: string): number {
  if (cell.indexOf('\n') === -1 && cell.indexOf('\r') === -1) return 0;
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (cell.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/** Rough row count for the progress bar, without parsing. */
function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function oddQuotes(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n++;
  return n % 2 === 1;
}

/**
 * Parses CSV text with d3-dsv's `csvParseRows`, tracking the line each row starts on (a quoted multi-line cell counts
 * its line breaks); errors name the file and line: an empty file, a duplicate column name, a row whose field count
 * differs from the header, or a quote never closed.
 *
 * @example
 * parseCsvTable('id,weight\ng-1,2\n', 'goals.csv').lineAt(0); // 2
 */
export function parseCsvTable(text: string, file: string, progressTo?: CliWritable): CsvTable {
  const progress =
    progressTo?.isTTY === true
      ? createProgressBar(progressTo, `Reading ${file}`, countNewlines(text))
      : undefined;
  let header: string[] | undefined;
  let headerBreaks = 0;
  let headerLine = 1;
  const rows: string[][] = [];
  // Index of each data row among all parsed rows (blank lines included), to rebuild line numbers lazily.
  const parsedIndex: number[] = [];
  let breaksBefore = 0;
  let lastRow: string[] | undefined;
  let lastIndex = 0;
  csvParseRows(text, (row, i) => {
    if (progress !== undefined && (i & 4095) === 0) progress.tick(i);
    lastRow = row;
    lastIndex = i;
    if (row.length === 1 && row[0] === '') return null;
    if (header === undefined) {
      header = row.map((name) => name.trim());
      headerLine = 1 + i;
      for (const cell of row) headerBreaks += breaksIn(cell);
      const seen = new Map<string, number>();
      header.forEach((name, c) => {
        if (name === '') return;
        const first = seen.get(name);
        if (first !== undefined) {
          throw new NorthstarError(
            'INVALID_INPUT',
            `column name "${name}" appears twice (also column ${first + 1})`,
            {
              file,
              line: headerLine,
              column: c + 1,
              field: name,
            },
          );
        }
        seen.set(name, c);
      });
      breaksBefore = headerBreaks;
      return null;
    }
    if (row.length !== header.length) {
      // Only rows before this one can shift its line, and there are no errors after it: count them now.
      let line = 1 + i + headerBreaks;
      for (const earlier of rows) for (const cell of earlier) line += breaksIn(cell);
      if (row.some((cell) => breaksIn(cell) > 0) && oddQuotes(text)) {
        throw new NorthstarError(
          'INVALID_INPUT',
          'a quoted cell on this line is never closed: it runs to the end of the file',
          {
            file,
            line,
          },
        );
      }
      throw new NorthstarError(
        'INVALID_INPUT',
        `row has ${row.length} field${row.length === 1 ? '' : 's'} but the header has ${header.length} (a missing or extra comma, or an unquoted comma inside a value?)`,
        { file, line },
      );
    }
    rows.push(row);
    parsedIndex.push(i);
    return null;
  });
  progress?.done();
  if (header === undefined) {
    throw new NorthstarError('INVALID_INPUT', 'file is empty: expected a header row', { file });
  }
  let lines: Int32Array | undefined;
  const lineAt = (row: number): number => {
    if (lines === undefined) {
      lines = new Int32Array(rows.length);
      let breaks = breaksBefore;
      for (let r = 0; r < rows.length; r++) {
        lines[r] = 1 + parsedIndex[r]! + breaks;
        for (const cell of rows[r]!) breaks += breaksIn(cell);
      }
    }
    return lines[row] ?? 0;
  };
  let lastBreaks = 0;
  for (const cell of lastRow ?? []) lastBreaks += breaksIn(cell);
  if (lastBreaks > 0 && oddQuotes(text)) {
    const line =
      rows.length > 0 && parsedIndex[rows.length - 1] === lastIndex ? lineAt(rows.length - 1) : headerLine;
    throw new NorthstarError(
      'INVALID_INPUT',
      'a quoted cell on this line is never closed: it runs to the end of the file',
      {
        file,
        line,
      },
    );
  }
  return { kind: 'csv', file, header, rows, lineAt };
}
