import { CliError } from './CliError.js';
import type { CsvTable } from './csvTable.js';
import {
  booleanCell,
  type CellRef,
  choiceCell,
  numberCell,
  parseDecimal,
  parseDecimalComma,
  textCell,
} from './parseCell.js';

/**
 * Column lookup for one CSV table: checks the required columns exist, then reads cells by column name and builds
 * the {@link CellRef} that error messages cite.
 *
 * @example
 * const cols = new CsvColumns(table, ['id', 'performance', 'potential']);
 * cols.raw(0, 'performance'); // '0.612'
 * cols.ref(0, 'performance'); // { file: 'talent.csv', line: 2, column: 4, name: 'performance' }
 */
export class CsvColumns {
  readonly table: CsvTable;
  private readonly index = new Map<string, number>();

  constructor(table: CsvTable, required: readonly string[]) {
    this.table = table;
    table.header.forEach((name, c) => {
      if (name !== '' && !this.index.has(name)) this.index.set(name, c);
    });
    const missing = required.filter((name) => !this.index.has(name));
    if (missing.length > 0) {
      const list = missing.map((name) => `"${name}"`).join(', ');
      throw new CliError(
        'INVALID_INPUT',
        `missing column${missing.length === 1 ? '' : 's'} ${list} (the header has: ${table.header.join(', ')})`,
        { file: table.file, line: 1 },
      );
    }
  }

  /** Whether the header has this column. */
  has(name: string): boolean {
    return this.index.has(name);
  }

  /** The raw cell of row `row` (0-based data row) in the named column; undefined when the column is absent. */
  raw(row: number, name: string): string | undefined {
    const c = this.index.get(name);
    return c === undefined ? undefined : this.table.rows[row]![c];
  }

  /** The trimmed cell text, undefined when empty or the column is absent. */
  text(row: number, name: string): string | undefined {
    return textCell(this.raw(row, name));
  }

  /** The cell as a strict number (empty → undefined); a bad cell throws naming its line and column. */
  number(row: number, name: string): number | undefined {
    const raw = this.raw(row, name);
    if (raw === undefined || raw === '') return undefined;
    // Fast path without building the error reference: most cells are fine.
    const decimal = this.table.decimal;
    const value = decimal === ',' ? parseDecimalComma(raw) : parseDecimal(raw);
    return value ?? numberCell(raw, this.ref(row, name), decimal);
  }

  /** The cell as true/false (empty → undefined); anything else throws naming its line and column. */
  boolean(row: number, name: string): boolean | undefined {
    const raw = this.raw(row, name);
    return raw === undefined || raw === '' ? undefined : booleanCell(raw, this.ref(row, name));
  }

  /** The cell as one of `choices` (empty → undefined); anything else throws naming its line and column. */
  choice<T extends string>(row: number, name: string, choices: readonly T[]): T | undefined {
    const raw = this.raw(row, name);
    if (raw === undefined || raw === '') return undefined;
    if ((choices as readonly string[]).includes(raw)) return raw as T;
    return choiceCell(raw, this.ref(row, name), choices);
  }

  /** Where the named column's cell of row `row` sits, for error messages. */
  ref(row: number, name: string): CellRef {
    const c = this.index.get(name);
    return { file: this.table.file, line: this.table.lineAt(row), column: c === undefined ? 0 : c + 1, name };
  }
}
