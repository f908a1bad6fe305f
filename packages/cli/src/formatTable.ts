import { stringWidth, truncateToWidth } from './stringWidth.js';
import { stripControls } from './terminalSafe.js';

/**
 * One column of a text table.
 *
 * @example
 * const c: TableColumn = { header: 'Progress', align: 'right' };
 */
export interface TableColumn {
  header: string;
  /** Default `left`; use `right` for numbers. */
  align?: 'left' | 'right';
  /** When the table is wider than allowed, flexible columns are cut (with `…`) down to `minWidth`. */
  flex?: boolean;
  /** Narrowest a flexible column gets; default 8. */
  minWidth?: number;
  /** Pads the column to at least this width (e.g. equal grid cells). */
  width?: number;
}

/**
 * Options for {@link formatTable}.
 *
 * @example
 * const o: FormatTableOptions = { width: 100, indent: 2 };
 */
export interface FormatTableOptions {
  /** Total width to fit in; flexible columns shrink to fit. */
  width?: number;
  /** Spaces before every line. */
  indent?: number;
  /** Spaces between columns; default 2. */
  gap?: number;
  /** Styles the header line (e.g. bold); the rule under it is dimmed with `rule`. */
  header?: (text: string) => string;
  rule?: (text: string) => string;
}

/**
 * Lays rows out in aligned columns measured by display width (so `Søren`, `日本` and coloured cells line up), with a
 * header and a rule under it; a cell may hold several lines (`\n`), and flexible columns are truncated to fit.
 *
 * @example
 * formatTable([{ header: 'Box' }, { header: 'People', align: 'right' }], [['9 Star', '12']]);
 * // 'Box     People\n──────  ──────\n9 Star      12\n'
 */
export function formatTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  options: FormatTableOptions = {},
): string {
  return [...formatTableChunks(columns, rows, options)].join('');
}

/**
 * {@link formatTable} in pieces of a few thousand lines, so a million-row table can be written without building
 * one huge string.
 *
 * @example
 * for (const chunk of formatTableChunks(columns, rows, { width: 100 })) process.stdout.write(chunk);
 */
export function* formatTableChunks(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  options: FormatTableOptions = {},
): Generator<string> {
  const n = columns.length;
  const gap = options.gap ?? 2;
  const indent = ' '.repeat(options.indent ?? 0);
  // One entry per printed line: a row, or one line of a row whose cells hold line breaks.
  const lines: (readonly string[])[] = [];
  for (const given of rows) {
    // Data can carry terminal escapes (a title with ESC]0;… or ESC[2J); only the CLI's own colours get through.
    const row = given.map(stripControls);
    let tall = false;
    for (let c = 0; c < n && !tall; c++) tall = (row[c] ?? '').indexOf('\n') !== -1;
    if (!tall) {
      lines.push(row);
      continue;
    }
    const parts = columns.map((_, c) => (row[c] ?? '').split('\n'));
    const height = Math.max(...parts.map((p) => p.length));
    for (let k = 0; k < height; k++) lines.push(parts.map((p) => p[k] ?? ''));
  }
  const widths = columns.map((col) => Math.max(col.width ?? 0, stringWidth(col.header)));
  // Measured once: a million-row table must not measure each cell three times.
  const cellWidth = new Int32Array(lines.length * n);
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    for (let c = 0; c < n; c++) {
      const w = stringWidth(line[c] ?? '');
      cellWidth[l * n + c] = w;
      if (w > widths[c]!) widths[c] = w;
    }
  }
  if (options.width !== undefined) {
    let excess = widths.reduce((a, b) => a + b, 0) + gap * (n - 1) + indent.length - options.width;
    // Shrink the widest flexible column first, one column at a time.
    while (excess > 0) {
      let widest = -1;
      columns.forEach((col, c) => {
        if (col.flex && widths[c]! > (col.minWidth ?? 8) && (widest === -1 || widths[c]! > widths[widest]!))
          widest = c;
      });
      if (widest === -1) break;
      const cut = Math.min(excess, widths[widest]! - (columns[widest]!.minWidth ?? 8));
      widths[widest]! -= cut;
      excess -= cut;
    }
  }
  const sep = ' '.repeat(gap);
  const spaces = ' '.repeat(Math.max(0, ...widths));
  const render = (cells: readonly string[], measured: (c: number) => number): string => {
    let out = indent;
    for (let c = 0; c < n; c++) {
      let cell = cells[c] ?? '';
      let w = measured(c);
      if (w > widths[c]!) {
        cell = truncateToWidth(cell, widths[c]!);
        w = stringWidth(cell);
      }
      // The last left-aligned column needs no padding.
      const pad =
        c === n - 1 && columns[c]!.align !== 'right' ? '' : spaces.slice(0, Math.max(0, widths[c]! - w));
      if (c > 0) out += sep;
      out += columns[c]!.align === 'right' ? pad + cell : cell + pad;
    }
    return out.trimEnd();
  };
  const header = options.header ?? ((text: string) => text);
  const rule = options.rule ?? ((text: string) => text);
  let out: string[] = [
    header(
      render(
        columns.map((col) => col.header),
        (c) => stringWidth(columns[c]!.header),
      ),
    ),
    rule(
      render(
        widths.map((w) => '─'.repeat(w)),
        (c) => widths[c]!,
      ),
    ),
  ];
  for (let l = 0; l < lines.length; l++) {
    out.push(render(lines[l]!, (c) => cellWidth[l * n + c]!));
    if (out.length >= 8192) {
      yield `${out.join('\n')}\n`;
      out = [];
    }
  }
  if (out.length > 0) yield `${out.join('\n')}\n`;
}
