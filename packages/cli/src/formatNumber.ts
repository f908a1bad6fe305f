/**
 * Placeholder for "no data" in tables.
 *
 * @example
 * percent(null); // NO_DATA
 */
export const NO_DATA = '—';

/**
 * A fraction as a percentage for people (`0.5` → `50%`); null → `—`.
 *
 * @example
 * percent(0.4333, 1); // '43.3%'
 */
export function percent(x: number | null | undefined, digits = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NO_DATA;
  const text = (x * 100).toFixed(digits);
  // -0% reads oddly.
  return `${/^-0(\.0+)?$/.test(text) ? text.slice(1) : text}%`;
}

/**
 * A signed percentage-point difference (`+5.0 pp`); null → `—`.
 *
 * @example
 * points(-0.05); // '-5.0 pp'
 */
export function points(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return NO_DATA;
  const text = (x * 100).toFixed(digits);
  if (/^-?0(\.0+)?$/.test(text)) return `${(0).toFixed(digits)} pp`;
  return `${x > 0 ? '+' : ''}${text} pp`;
}

/**
 * A number with fixed decimals; null → `—`.
 *
 * @example
 * fixed(3.14159, 2); // '3.14'
 */
export function fixed(x: number | null | undefined, digits = 2): string {
  if (x === null || x === undefined) return NO_DATA;
  if (!Number.isFinite(x)) return x > 0 ? '∞' : x < 0 ? '-∞' : NO_DATA;
  const text = x.toFixed(digits);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}
