import { padToWidth, stringWidth, truncateToWidth } from './stringWidth.js';

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
  const gap = options.gap ?? 2;
  const indent = ' '.repeat(options.indent ?? 0);
  const split = rows.map((row) => columns.map((_, c) => (row[c] ?? '').split('\n')));
  const widths = columns.map((col) => Math.max(col.width ?? 0, stringWidth(col.header)));
  for (const row of split) {
    row.forEach((cell, c) => {
      for (const line of cell) widths[c] = Math.max(widths[c]!, stringWidth(line));
    });
  }
  if (options.width !== undefined) {
    let excess =
      widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1) + indent.length - options.width;
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
  const render = (cells: readonly string[]): string =>
    (
      indent +
      cells
        .map((cell, c) =>
          padToWidth(
            truncateToWidth(cell, widths[c]!),
            c === cells.length - 1 && columns[c]!.align !== 'right' ? 0 : widths[c]!,
            columns[c]!.align,
          ),
        )
        .join(sep)
    ).trimEnd();
  const header = options.header ?? ((s: string) => s);
  const rule = options.rule ?? ((s: string) => s);
  const out: string[] = [
    header(render(columns.map((col) => col.header))),
    rule(render(widths.map((w) => '─'.repeat(w)))),
  ];
  for (const row of split) {
    const height = Math.max(1, ...row.map((cell) => cell.length));
    for (let k = 0; k < height; k++) out.push(render(row.map((cell) => cell[k] ?? '')));
  }
  return `${out.join('\n')}\n`;
}
