import { csvFormatBody, csvFormatRows } from 'd3-dsv';
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

/**
 * Writes CSV with a header, columns in the given order, by d3-dsv (`null`/undefined → empty cell, quoting as RFC 4180),
 * a chunk of rows at a time.
 *
 * @example
 * writeCsv(process.stdout, [{ id: 'g-1', value: 0.5 }], ['id', 'value']); // id,value\ng-1,0.5\n
 */
export function writeCsv(out: CliWritable, rows: readonly object[], columns: readonly string[]): void {
  out.write(`${csvFormatRows([[...columns]])}\n`);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK) as unknown as { [key: string]: unknown }[];
    out.write(`${csvFormatBody(chunk, [...columns] as never)}\n`);
  }
}
