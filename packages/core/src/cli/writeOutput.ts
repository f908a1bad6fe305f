import { csvFormat } from 'd3-dsv';

/**
 * JSON for machines: pretty-printed with two spaces, keys in the order the objects were built (stable), and
 * non-finite numbers written as the strings "Infinity" / "-Infinity" instead of JSON's silent `null`.
 *
 * @example
 * toJson({ chiSquare: Infinity }); // '{\n  "chiSquare": "Infinity"\n}\n'
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 2)}\n`;
}

/**
 * CSV with a header, columns in the given order, written by d3-dsv (`null`/undefined → empty cell).
 *
 * @example
 * toCsv([{ id: 'g-1', value: 0.5 }], ['id', 'value']); // 'id,value\ng-1,0.5\n'
 */
export function toCsv(rows: readonly object[], columns: readonly string[]): string {
  return `${csvFormat(rows as unknown as { [key: string]: unknown }[], [...columns] as never)}\n`;
}
