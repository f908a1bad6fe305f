import { NorthstarError } from '../errors/NorthstarError.js';
import type { CommandContext } from './cliIo.types.js';
import { type CsvTable, parseCsvTable } from './csvTable.js';
import { type JsonRecords, parseJsonRecords } from './jsonRecords.js';
import { readText, STDIN_NAME } from './readText.js';

/**
 * A loaded input file: CSV rows with their header, or a JSON array of records; both carry each record's line.
 *
 * @example
 * const table: InputTable = await readTable('talent.csv', ctx, 'people');
 */
export type InputTable = CsvTable | JsonRecords;

/**
 * Loads an input by extension (`.csv` or `.json`; `-` reads CSV from stdin) with line tracking; a bar on stderr
 * shows progress for large CSV files when stderr is a terminal.
 *
 * @example
 * const table = await readTable('goals.csv', ctx, 'goal objects');
 * if (table.kind === 'csv') table.lines[0]; // 2: the first data row
 */
export async function readTable(path: string, ctx: CommandContext, what: string): Promise<InputTable> {
  const lower = path.toLowerCase();
  const kind = path === '-' || lower.endsWith('.csv') ? 'csv' : lower.endsWith('.json') ? 'json' : undefined;
  if (kind === undefined) {
    throw new NorthstarError(
      'INVALID_INPUT',
      'unknown file type: the name must end in .csv or .json (or use - for CSV on stdin)',
      {
        file: path,
      },
    );
  }
  const text = await readText(path, ctx.cwd, ctx.io.stdin);
  const file = path === '-' ? STDIN_NAME : path;
  const table =
    kind === 'csv' ? parseCsvTable(text, file, ctx.io.stderr) : parseJsonRecords(text, file, what);
  // Every command treats an input without records the same way: almost always a wrong or truncated export.
  if ((table.kind === 'csv' ? table.rows.length : table.records.length) === 0) {
    const found = kind === 'csv' ? 'only a header row' : 'an empty array';
    throw new NorthstarError('INVALID_INPUT', `the file has no data rows (${found})`, { file });
  }
  return table;
}
