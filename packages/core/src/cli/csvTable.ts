import { csvParseRows } from 'd3-dsv';
import { NorthstarError } from '../errors/NorthstarError.js';
import type { CliWritable } from './cliIo.types.js';
import { createProgressBar } from './progressBar.js';

/**
 * A parsed CSV file: trimmed header names, data rows as cell arrays (blank lines dropped) and each row's 1-based line.
 *
 * @example
 * const t: CsvTable = { kind: 'csv', file: 'talent.csv', header: ['id', 'performance'], rows: [['p-1', '0.5']], lines: [2] };
 */
export interface CsvTable {
  kind: 'csv';
  file: string;
  header: string[];
  rows: string[][];
  /** Line on which each row starts; a quoted cell spanning lines pushes later rows down. */
  lines: number[];
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
 * parseCsvTable('id,weight\ng-1,2\n', 'goals.csv').lines; // [2]
 */
export function parseCsvTable(text: string, file: string, progressTo?: CliWritable): CsvTable {
  const progress = progressTo
    ? createProgressBar(progressTo, `Reading ${file}`, countNewlines(text))
    : undefined;
  let header: string[] | undefined;
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  let lastBreaks = 0;
  let lastLine = 1;
  csvParseRows(text, (row, i) => {
    const start = line;
    let breaks = 0;
    for (let c = 0; c < row.length; c++) breaks += breaksIn(row[c]!);
    line = start + 1 + breaks;
    lastBreaks = breaks;
    lastLine = start;
    if (progress !== undefined && (i & 4095) === 0) progress.tick(start);
    if (row.length === 1 && row[0] === '') return null;
    if (header === undefined) {
      header = row.map((name) => name.trim());
      const seen = new Map<string, number>();
      header.forEach((name, c) => {
        if (name === '') return;
        const first = seen.get(name);
        if (first !== undefined) {
          throw new NorthstarError(
            'INVALID_INPUT',
            `column name "${name}" appears twice (also column ${first + 1})`,
            { file, line: start, column: c + 1, field: name },
          );
        }
        seen.set(name, c);
      });
      return null;
    }
    if (row.length !== header.length) {
      throw new NorthstarError(
        'INVALID_INPUT',
        `row has ${row.length} field${row.length === 1 ? '' : 's'} but the header has ${header.length} (a missing or extra comma, or an unquoted comma inside a value?)`,
        { file, line: start },
      );
    }
    rows.push(row);
    lines.push(start);
    return null;
  });
  progress?.done();
  if (lastBreaks > 0 && oddQuotes(text)) {
    throw new NorthstarError(
      'INVALID_INPUT',
      'a quoted cell on this line is never closed: it runs to the end of the file',
      { file, line: lastLine },
    );
  }
  if (header === undefined) {
    throw new NorthstarError('INVALID_INPUT', 'file is empty: expected a header row', { file });
  }
  return { kind: 'csv', file, header, rows, lines };
}
