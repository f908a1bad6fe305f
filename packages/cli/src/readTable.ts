import { CliError } from './CliError.js';
import type { CommandContext } from './cliIo.types.js';
import { type CsvTable, parseCsvTable, type RowConsumer } from './csvTable.js';
import { decodeInput } from './decodeInput.js';
import { type JsonRecords, parseJsonRecords } from './jsonRecords.js';
import { readBytes, STDIN_NAME } from './readBytes.js';

/**
 * A loaded input file: CSV rows with their header, or a JSON array of records; both carry each record's line.
 *
 * @example
 * const table: InputTable = await readTable('talent.csv', ctx, 'people');
 */
export type InputTable = CsvTable | JsonRecords;

/**
 * Loads an input by extension (`.csv`, `.tsv`, or `.json`; `-` reads CSV from stdin) with line
 * tracking: bytes are decoded by `decodeInput` (BOM, UTF-8, UTF-16, cp1252) and CSV delimiter and decimal mark
 * follow `ctx.input` or are detected. With `consume`, CSV rows are handed over one at a time and not kept. A bar on stderr shows progress for large CSV files when stderr is a terminal.
 *
 * @example
 * const table = await readTable('goals.csv', ctx, 'goal objects');
 * if (table.kind === 'csv') table.lineAt(0); // 2: the first data row
 */
export async function readTable(
  path: string,
  ctx: CommandContext,
  what: string,
  consume?: RowConsumer,
): Promise<InputTable> {
  const lower = path.toLowerCase();
  const kind =
    path === '-' || lower.endsWith('.csv') || lower.endsWith('.tsv')
      ? 'csv'
      : lower.endsWith('.json')
        ? 'json'
        : undefined;
  if (kind === undefined) {
    throw new CliError(
      'INVALID_INPUT',
      'unknown file type: the name must end in .csv, .tsv or .json (or use - for CSV on stdin); save a spreadsheet as CSV first',
      { file: path },
    );
  }
  const file = path === '-' ? STDIN_NAME : path;
  const bytes = await readBytes(path, ctx.cwd, ctx.io.stdin);
  const { text } = decodeInput(bytes, file, ctx.input?.encoding);
  const delimiter = ctx.input?.delimiter ?? (lower.endsWith('.tsv') ? '\t' : undefined);
  const table =
    kind === 'csv'
      ? parseCsvTable(
          text,
          file,
          ctx.io.stderr,
          {
            ...(delimiter === undefined ? {} : { delimiter }),
            ...(ctx.input?.decimal === undefined ? {} : { decimal: ctx.input.decimal }),
          },
          consume,
        )
      : parseJsonRecords(text, file, what);
  // Every command treats an input without records the same way: almost always a wrong or truncated export.
  if (
    table.kind === 'csv'
      ? table.rows.length === 0 && table.errors.list.length === 0
      : table.records.length === 0
  ) {
    const found = kind === 'csv' ? 'only a header row' : 'an empty array';
    throw new CliError('INVALID_INPUT', `the file has no data rows (${found})`, { file });
  }
  return table;
}
