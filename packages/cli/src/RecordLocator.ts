import type { NorthstarErrorDetails } from '@northstar/core';
import { CliError, isInputError } from './CliError.js';
import { show } from './show.js';

/**
 * How a {@link RecordLocator} finds records in their file.
 *
 * @example
 * const o: RecordLocatorOptions = { file: 'goals.csv', lineAt: table.lineAt, header: table.header, noun: 'goal' };
 */
export interface RecordLocatorOptions {
  file: string;
  /** Line of a record, by the index the library sees it at. */
  lineAt(index: number): number | undefined;
  /** CSV header, to turn a library field into a column number; absent for JSON. */
  header?: readonly string[];
  /** The column a library field (`parents[0].weight`, `answers.q1`) was read from; default: the field's first name. */
  columnOf?: (field: string) => string | undefined;
  /** A finer place for an error than its record's line (e.g. one answer row of a feedback response). */
  place?: (details: NorthstarErrorDetails) => { line: number; column?: string } | undefined;
  /** What one record is called in messages: goal, person, rating, response. */
  noun: string;
  /**
   * Defer the id → record map until an error needs it (for millions of goals, where the library itself rejects
   * duplicate ids); `register` then only remembers each record's id.
   */
  lazy?: boolean;
}

/** `parents[0].weight` → `parents`, `metric.start` → `metric`. */
function baseField(field: string): string {
  const m = /^[^.[]+/.exec(field);
  return m === null ? field : m[0];
}

/**
 * Remembers the line of every record id so library errors (UNKNOWN_PARENT, CYCLE, DUPLICATE_ID, INVALID_WEIGHT …),
 * which name ids and fields, can be reported as `file:line:column`.
 *
 * @example
 * const locator = new RecordLocator({ file: 'goals.csv', lineAt: table.lineAt, header: table.header, noun: 'goal' });
 * rows.forEach((row, i) => locator.register(row.id, i));
 * try { rollup(nodes); } catch (error) { throw locator.locate(error); }
 */
export class RecordLocator {
  private readonly options: RecordLocatorOptions;
  // Ids map to record indexes; lines are looked up only when an error needs one.
  private byId: Map<string, number> | undefined;
  private readonly ids: string[] = [];

  constructor(options: RecordLocatorOptions) {
    this.options = options;
  }

  /** Records the id of the record at `index`; a second record with the same id is a `DUPLICATE_ID` naming both lines. */
  register(id: string, index: number): void {
    if (this.options.lazy === true) {
      this.ids[index] = id;
      this.byId = undefined;
      return;
    }
    const first = this.indexById.get(id);
    if (first !== undefined) throw this.duplicate(id, first, index);
    this.indexById.set(id, index);
  }

  /** The DUPLICATE_ID error for records `first` and `second` sharing `id`, at the second one's line. */
  private duplicate(id: string, first: number, second: number): CliError {
    const column = this.options.header?.indexOf('id');
    return new CliError(
      'DUPLICATE_ID',
      `${this.options.noun} id ${show(id)} appears twice (first on line ${this.options.lineAt(first)})`,
      {
        id,
        file: this.options.file,
        line: this.options.lineAt(second),
        ...(column !== undefined && column >= 0 ? { column: column + 1, field: 'id' } : {}),
      },
    );
  }

  /** The id → first record index map, built from the remembered ids in lazy mode. */
  private get indexById(): Map<string, number> {
    if (this.byId === undefined) {
      this.byId = new Map();
      this.ids.forEach((id, i) => {
        if (!this.byId!.has(id)) this.byId!.set(id, i);
      });
    }
    return this.byId;
  }

  /** The index of a registered id. */
  indexOf(id: string): number | undefined {
    return this.indexById.get(id);
  }

  /** The line of a registered id. */
  lineOf(id: string): number | undefined {
    const index = this.indexById.get(id);
    return index === undefined ? undefined : this.options.lineAt(index);
  }

  /** A column's 1-based number in the CSV header, if it is there. */
  private columnNumber(name: string | undefined): number | undefined {
    if (name === undefined || this.options.header === undefined) return undefined;
    const c = this.options.header.indexOf(name);
    return c === -1 ? undefined : c + 1;
  }

  /**
   * Adds file, line and column to a library NorthstarError (from its `index`, `id` and `field` details, or the
   * record index given); other errors and already located ones pass through unchanged.
   */
  locate(error: unknown, index?: number): unknown {
    if (!isInputError(error) || error.details.file !== undefined) return error;
    const d = error.details;
    const { file } = this.options;
    if (error.code === 'CYCLE' && Array.isArray(d.cycle) && d.cycle.length > 0) {
      const ids = d.cycle.map(String);
      const where = (id: string): string => {
        const line = this.lineOf(id);
        return line === undefined ? show(id) : `${show(id)} (line ${line})`;
      };
      return new CliError(error.code, `alignment cycle: ${ids.map(where).join(' → ')}`, {
        ...d,
        file,
        line: this.lineOf(ids[0]!),
      });
    }
    if (error.code === 'DUPLICATE_ID' && this.options.lazy === true && typeof d.id === 'string') {
      // Lazy mode left duplicate detection to the library: name both lines as the eager check would.
      const first = this.ids.indexOf(d.id);
      const second = first === -1 ? -1 : this.ids.indexOf(d.id, first + 1);
      if (second !== -1) return this.duplicate(d.id, first, second);
    }
    const placed = this.options.place?.(d);
    let line = placed?.line;
    if (line === undefined) {
      const at = index ?? (typeof d.index === 'number' ? d.index : undefined);
      if (at !== undefined) line = this.options.lineAt(at);
      else if (typeof d.id === 'string') line = this.lineOf(d.id);
    }
    let columnName = placed?.column;
    if (columnName === undefined && typeof d.field === 'string') {
      columnName = this.options.columnOf?.(d.field) ?? baseField(d.field);
    }
    const column = line === undefined ? undefined : this.columnNumber(columnName);
    const located: NorthstarErrorDetails = { ...d, file };
    if (line !== undefined) located.line = line;
    if (column !== undefined) {
      located.column = column;
      located.field = columnName;
    }
    return new CliError(error.code as CliError['code'], error.message, located);
  }
}
