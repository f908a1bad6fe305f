/**
 * Renders a value for an error message without risking huge output (long strings and objects are cut).
 *
 * @example
 * show('g-1'); // '"g-1"'
 */
export function show(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}
