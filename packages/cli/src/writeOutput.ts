import type { CliWritable } from './cliIo.types.js';

const CHUNK = 8192;

/** JSON has no Infinity: write it as the string "Infinity" rather than JSON's silent, misleading `null`. */
function replacer(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}

function stringify(value: unknown, indent: string): string {
  const text = JSON.stringify(value, replacer, 2) ?? 'null';
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

/** Writes an array's elements a chunk at a time, formatted exactly as JSON.stringify(array, …, 2) would. */
function writeArray(out: CliWritable, array: readonly unknown[], indent: string): void {
  if (array.length === 0) {
    out.write('[]');
    return;
  }
  const inner = `${indent}  `;
  let parts: string[] = [];
  for (let i = 0; i < array.length; i++) {
    parts.push(`${inner}${stringify(array[i], inner)}`);
    if (parts.length >= CHUNK) {
      out.write(`${i + 1 === parts.length ? '[\n' : ',\n'}${parts.join(',\n')}`);
      parts = [];
    }
  }
  out.write(
    `${parts.length === array.length ? '[\n' : parts.length > 0 ? ',\n' : ''}${parts.join(',\n')}\n${indent}]`,
  );
}

/**
 * Writes JSON for machines: pretty-printed with two spaces (byte-identical to `JSON.stringify(value, null, 2)`), keys
 * in the order the objects were built, non-finite numbers as the strings "Infinity" / "-Infinity", and long arrays
 * (at the top level or directly under a top-level key) written in chunks so a million records never become one
 * string.
 *
 * @example
 * writeJson(process.stdout, { ratings, raters });
 */
export function writeJson(out: CliWritable, value: unknown): void {
  if (Array.isArray(value)) writeArray(out, value, '');
  else if (typeof value === 'object' && value !== null && Object.values(value).some(Array.isArray)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    out.write(entries.length === 0 ? '{' : '{\n');
    entries.forEach(([key, v], i) => {
      out.write(`  ${JSON.stringify(key)}: `);
      if (Array.isArray(v)) writeArray(out, v, '  ');
      else out.write(stringify(v, '  '));
      out.write(i + 1 < entries.length ? ',\n' : '\n');
    });
    out.write('}');
  } else out.write(stringify(value, ''));
  out.write('\n');
}

// A plain number ("-5", "+1.5e3") is data, not a formula, even with a leading sign.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\n\r]/;

/**
 * One CSV cell: `null`/undefined → empty, quoted per RFC 4180 when it holds a quote, comma or line break. Unless
 * `raw`, a text starting with `=`, `+`, `-`, `@`, tab or CR (and not a plain number) gets a `'` prefix, OWASP's rule
 * against CSV formula injection: Excel and LibreOffice would otherwise run `=HYPERLINK(…)` or `@SUM(1)` from a goal
 * title.
 *
 * @example
 * csvCell('=HYPERLINK("http://x")', false); // '"\'=HYPERLINK(""http://x"")"'
 * csvCell(-0.5, false); // '-0.5'
 */
export function csvCell(value: unknown, raw: boolean): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (!raw && typeof value === 'string' && text.length > 0) {
    const c = text[0]!;
    if (
      c === '=' ||
      c === '@' ||
      c === '\t' ||
      c === '\r' ||
      ((c === '+' || c === '-') && !PLAIN_NUMBER.test(text))
    ) {
      text = `'${text}`;
    }
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes CSV with a header, columns in the given order (`null`/undefined → empty cell, quoting as RFC 4180, formula
 * cells neutralised unless `raw`, see {@link csvCell}), a chunk of rows at a time.
 *
 * @example
 * writeCsv(process.stdout, [{ id: 'g-1', value: 0.5 }], ['id', 'value']); // id,value\ng-1,0.5\n
 */
export function writeCsv(
  out: CliWritable,
  rows: Iterable<object>,
  columns: readonly string[],
  options: { raw?: boolean } = {},
): void {
  const raw = options.raw === true;
  out.write(`${columns.map((c) => csvCell(c, raw)).join(',')}\n`);
  let lines: string[] = [];
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    lines.push(columns.map((c) => csvCell(record[c], raw)).join(','));
    if (lines.length >= CHUNK) {
      out.write(`${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length > 0) out.write(`${lines.join('\n')}\n`);
}
