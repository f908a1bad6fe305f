import { type CsvError, parse } from 'csv-parse/sync';
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

/** CRLF pairs inside a record's cells: csv-parse counts each as two lines, a text editor as one. */
function crlfIn(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) {
    if (cell.indexOf('\r') === -1) continue;
    for (let i = cell.indexOf('\r\n'); i !== -1; i = cell.indexOf('\r\n', i + 2)) n++;
  }
  return n;
}

const blank = (record: readonly string[]): boolean => record.every((cell) => cell.trim() === '');

/**
 * Parses CSV text with csv-parse (RFC 4180 quoting), tracking the line each row starts on as a text editor shows it.
 * The delimiter is detected unless given; rows whose field count differs from the header, quotes that never close
 * and duplicate column names are recorded in `errors` with their line, and parsing goes on. Only an empty file
 * (no header) throws.
 *
 * @example
 * parseCsvTable('id;weight\ng-1;2,5\n', 'goals.csv').decimal; // ','
 */
export function parseCsvTable(
  text: string,
  file: string,
  progressTo?: CliWritable,
  options: CsvOptions = {},
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
  // Line the previous record ended on (as csv-parse counts), and how far csv-parse's count runs ahead.
  let previousEnd = 0;
  let drift = 0;
  let records = 0;
  const onRecord = (record: string[], context: { lines: number }): null => {
    const start = previousEnd - drift + 1;
    drift += crlfIn(record);
    previousEnd = context.lines;
    if (progress !== undefined && (++records & 4095) === 0) progress.tick(records);
    if (blank(record)) return null;
    if (header === undefined) {
      header = record.map((name) => name.trim());
      const seen = new Map<string, number>();
      header.forEach((name, c) => {
        if (name === '') return;
        const first = seen.get(name);
        if (first !== undefined) {
          errors.add(
            new CliError('INVALID_INPUT', `column name "${name}" appears twice (also column ${first + 1})`, {
              file,
              line: start,
              column: c + 1,
              field: name,
            }),
          );
        }
        seen.set(name, c);
      });
      return null;
    }
    if (record.length !== header.length) {
      const sep = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
      errors.add(
        new CliError(
          'INVALID_INPUT',
          `row has ${record.length} field${record.length === 1 ? '' : 's'} but the header has ${header.length} (a missing or extra ${sep}, or an unquoted ${sep} inside a value?)`,
          { file, line: start },
        ),
      );
      return null;
    }
    rows.push(record);
    lines.push(start);
    return null;
  };
  const onSkip = (error: CsvError | undefined): undefined => {
    const start = previousEnd - drift + 1;
    const unclosed = error?.code === 'CSV_QUOTE_NOT_CLOSED';
    errors.add(
      new CliError(
        'INVALID_INPUT',
        unclosed
          ? 'a quoted cell on this line is never closed: it runs to the end of the file'
          : `a quote is misplaced on this line (${error?.message.split(':')[0]?.toLowerCase() ?? 'invalid quoting'}): quote the whole cell and double any quote inside it`,
        { file, line: start },
      ),
    );
    previousEnd = typeof error?.lines === 'number' ? error.lines : previousEnd;
    return undefined;
  };
  parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    on_skip: onSkip,
    on_record: onRecord,
  });
  progress?.done();
  if (header === undefined) {
    throw new CliError('INVALID_INPUT', 'file is empty: expected a header row', { file });
  }
  return {
    kind: 'csv',
    file,
    header,
    rows,
    lineAt: (row) => lines[row] ?? 0,
    delimiter,
    decimal,
    errors,
  };
}
