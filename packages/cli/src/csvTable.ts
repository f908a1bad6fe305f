import Papa from 'papaparse';
import { CliError } from './CliError.js';
import type { CliWritable } from './cliIo.types.js';
import { detectDelimiter } from './detectDelimiter.js';
import { InputErrors } from './InputErrors.js';
import { createProgressBar } from './progressBar.js';

/**
 * How to read a CSV file; every field is optional and guessed from the file when absent.
 *
 * @example
 * const o: CsvOptions = { delimiter: ';', decimal: ',' };
 */
export interface CsvOptions {
  /** Cell delimiter; default: detected from the header line (comma, semicolon or tab). */
  delimiter?: string;
  /** Decimal separator of numbers; default: `,` for semicolon files (Excel in de/fr/nl), else `.`. */
  decimal?: '.' | ',';
}

/**
 * A parsed CSV file: trimmed header names, data rows as cell arrays (blank rows and rows of only delimiters
 * dropped), each row's 1-based line, and the errors found so far (bad rows are left out and recorded, so a run can
 * report every bad line at once).
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
  /** Line on which data row `row` starts. */
  lineAt(row: number): number;
  delimiter: string;
  decimal: '.' | ',';
  /** Malformed rows (wrong field count, broken quotes, duplicate column names), to be reported with later ones. */
  errors: InputErrors;
}

/** Rough row count for the progress bar, without parsing. */
function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

const blank = (record: readonly string[]): boolean => record.every((cell) => cell.trim() === '');

/**
 * Parses CSV text with Papa Parse (RFC 4180 quoting, one pass, no row objects kept by the parser), tracking the line
 * each row starts on as a text editor shows it (CRLF or LF; line breaks inside quoted cells count). The delimiter is
 * detected unless given; rows whose field count differs from the header, broken quotes and duplicate column names are
 * recorded in `errors` with their line, and parsing goes on. Only an empty file (no header) throws.
 *
 * @example
 * parseCsvTable('id;weight\ng-1;2,5\n', 'goals.csv').decimal; // ','
 */
export function parseCsvTable(
  text: string,
  file: string,
  progressTo?: CliWritable,
  options: CsvOptions = {},
  consume?: RowConsumer,
): CsvTable {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const decimal = options.decimal ?? (delimiter === ';' ? ',' : '.');
  const progress =
    progressTo?.isTTY === true
      ? createProgressBar(progressTo, `Reading ${file}`, countNewlines(text))
      : undefined;
  const errors = new InputErrors();
  let header: string[] | undefined;
  const rows: string[][] = [];
  const lines: number[] = [];
  let table: CsvTable | undefined;
  let onRow: ((row: number) => void) | undefined;
  // Where the current row starts (the previous row's end) and the line there, counted incrementally.
  const breakChar = text.indexOf('\n') === -1 && text.indexOf('\r') !== -1 ? '\r' : '\n';
  let start = 0;
  let scanned = 0;
  let line = 1;
  let records = 0;
  let broken = false;
  const lineAtOffset = (offset: number): number => {
    for (let i = text.indexOf(breakChar, scanned); i !== -1 && i < offset; i = text.indexOf(breakChar, i + 1))
      line++;
    scanned = Math.max(scanned, offset);
    return line;
  };
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const record = result.data;
      const at = lineAtOffset(start);
      start = result.meta.cursor;
      if (progress !== undefined && (++records & 4095) === 0) progress.tick(records);
      if (broken) return;
      if (result.errors.some((e) => e.type === 'Quotes')) {
        // Papa Parse reads the rest of the file into this cell: later rows cannot be trusted, so stop there.
        broken = true;
        const unclosed = result.errors.some((e) => e.code === 'MissingQuotes');
        errors.add(
          new CliError(
            'INVALID_INPUT',
            unclosed
              ? 'a quoted cell on this line is never closed: it runs to the end of the file'
              : 'a quote is misplaced on this line: quote the whole cell and double any quote inside it',
            { file, line: at },
          ),
        );
        return;
      }
      if (blank(record)) return;
      if (header === undefined) {
        header = record.map((name) => name.trim());
        const seen = new Map<string, number>();
        header.forEach((name, c) => {
          if (name === '') return;
          const first = seen.get(name);
          if (first !== undefined) {
            errors.add(
              new CliError(
                'INVALID_INPUT',
                `column name "${name}" appears twice (also column ${first + 1})`,
                {
                  file,
                  line: at,
                  column: c + 1,
                  field: name,
                },
              ),
            );
          }
          seen.set(name, c);
        });
        table = makeTable(header);
        onRow = consume?.(table);
        return;
      }
      if (record.length !== header.length) {
        const sep = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
        errors.add(
          new CliError(
            'INVALID_INPUT',
            `row has ${record.length} field${record.length === 1 ? '' : 's'} but the header has ${header.length} (a missing or extra ${sep}, or an unquoted ${sep} inside a value?)`,
            { file, line: at },
          ),
        );
        return;
      }
      const index = rows.length;
      rows.push(record);
      lines.push(at);
      if (onRow !== undefined) {
        onRow(index);
        // Streaming: the consumer has taken what it needs, so the cells can go (millions of rows never pile up).
        rows[index] = EMPTY_ROW;
      }
    },
  });
  progress?.done();
  if (table === undefined) {
    throw new CliError('INVALID_INPUT', 'file is empty: expected a header row', { file });
  }
  return table;

  function makeTable(names: string[]): CsvTable {
    return {
      kind: 'csv',
      file,
      header: names,
      rows,
      lineAt: (row) => lines[row] ?? 0,
      delimiter,
      decimal,
      errors,
    };
  }
}

const EMPTY_ROW: string[] = [];

/**
 * Streaming use of {@link parseCsvTable}: called once the header is read, it returns a function that reads data row
 * `row` (through `table.rows[row]`, e.g. with `CsvColumns`) while the parser is on it; the row's cells are released
 * right after.
 *
 * @example
 * const consume: RowConsumer = (table) => { const cols = new CsvColumns(table, ['id']); return (i) => ids.push(cols.text(i, 'id')); };
 */
export type RowConsumer = (table: CsvTable) => (row: number) => void;
