// Hand-written rather than d3-dsv: twenty lines, and it keeps the widget's bundle free of a CSV library.

/** Characters a spreadsheet treats as the start of a formula (OWASP's CSV-injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: numbers as they are, null/undefined empty, text quoted when it holds a comma, quote or line break,
 * and text a spreadsheet would run as a formula prefixed with an apostrophe so it stays text.
 *
 * @example
 * csvCell('=HYPERLINK("x")'); // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV text with a header row, rows in order, CRLF line ends (RFC 4180).
 *
 * @example
 * toCsv(['id', 'box'], [['p-1', 9]]); // 'id,box\r\np-1,9\r\n'
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
