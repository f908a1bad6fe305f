const RANGE = /^\s*([+-]?\d+(?:\.\d+)?)\s*(?:-|\.\.|–|—)\s*([+-]?\d+(?:\.\d+)?)\s*$/;

/**
 * Reads a rating scale written as `min-max` (`1-5`, `0..100`, `-2..2`); undefined unless both ends are numbers and
 * min < max.
 *
 * @example
 * parseScaleRange('1-5'); // { min: 1, max: 5 }
 * parseScaleRange('5-1'); // undefined
 */
export function parseScaleRange(text: string): { min: number; max: number } | undefined {
  const m = RANGE.exec(text);
  if (m === null) return undefined;
  const min = Number(m[1]);
  const max = Number(m[2]);
  return Number.isFinite(min) && Number.isFinite(max) && min < max ? { min, max } : undefined;
}
