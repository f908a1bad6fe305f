import type { Band, KpiDirection } from '@northstar/core';
import type { KpiGaugeBandSegment } from './kpiGauge.types.js';

/** Strips float noise (0.1 + 0.05 = 0.15000000000000002) so ARIA values, labels and SSR markup stay clean. */
const tidy = (x: number): number => Number(x.toPrecision(12));

/**
 * Rounds a positive number up to two significant digits (86.4 → 87, 534 → 540, 0.0306 → 0.031).
 *
 * @example
 * niceCeil(120); // 120
 */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const step = 10 ** (Math.floor(Math.log10(x)) - 1);
  return tidy(Math.ceil(x / step - 1e-9) * step);
}

/**
 * What the default scale is derived from.
 *
 * @example
 * const input: ScaleInput = { value: 72, target: 100, direction: 'higher-is-better', percent: false };
 */
export interface ScaleInput {
  value: number;
  min?: number | undefined;
  max?: number | undefined;
  target?: number | undefined;
  rangeMin?: number | undefined;
  rangeMax?: number | undefined;
  tolerance?: number | undefined;
  direction: KpiDirection;
  percent: boolean;
}

/**
 * The scale's ends: explicit `min`/`max` win; target-range defaults to the range ± its tolerance (where core's
 * attainment reaches 0); otherwise min 0 and max 1.2 × the larger of target and value, rounded up — or 100 % for
 * percentages up to 100 % (unless they are all under about a fifth, where a full scale would show nothing).
 *
 * @example
 * resolveScale({ value: 72, target: 100, direction: 'higher-is-better', percent: false }); // { min: 0, max: 120 }
 */
export function resolveScale(input: ScaleInput): { min: number; max: number } {
  const { value, target, rangeMin, rangeMax, direction } = input;
  if (direction === 'target-range' && rangeMin !== undefined && rangeMax !== undefined) {
    const width = rangeMax - rangeMin;
    const tolerance = input.tolerance ?? (width > 0 ? width : Math.abs(rangeMin) * 0.1 || 1);
    return { min: input.min ?? tidy(rangeMin - tolerance), max: input.max ?? tidy(rangeMax + tolerance) };
  }
  const min = input.min ?? 0;
  if (input.max !== undefined) return { min, max: input.max };
  const top = Math.max(value, target ?? value, rangeMax ?? value);
  const headroom = (top - min) * 1.2;
  if (input.percent && min === 0 && top <= 1 && headroom >= 0.25) return { min, max: 1 };
  return { min, max: tidy(min + niceCeil(headroom > 0 ? headroom : Math.abs(min) || 1)) };
}

/**
 * Clamps `x` to [lo, hi].
 *
 * @example
 * clamp(130, 0, 120); // 120
 */
export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

// Finer than a tenth of a viewBox unit on the 200-unit scale.
const PRECISION = 1e-4;

/**
 * Lays the bands out on the scale by asking core which band each point of the scale falls in (`bandAt`, a wrapper
 * of `kpiStatus`), then bisecting every change of band. So the widget never re-implements an attainment formula:
 * whatever core decides for a direction, the band ring shows. `keyFractions` (target, range ends) are always probed,
 * so a narrow band around a target range is never skipped.
 *
 * @example
 * bandSegments((f) => (f < 0.5 ? red : green), [])
 * // [{ band: red, from: 0, to: 0.5 }, { band: green, from: 0.5, to: 1 }]
 */
export function bandSegments(
  bandAt: (fraction: number) => Band,
  keyFractions: readonly number[],
  samples = 8,
): KpiGaugeBandSegment[] {
  const probes = new Set<number>(keyFractions.filter((f) => f > 0 && f < 1));
  for (let i = 0; i <= samples; i++) probes.add(i / samples);
  const points = [...probes].sort((a, b) => a - b);
  const cuts: { at: number; band: Band }[] = [];
  let previous = bandAt(points[0]!);
  cuts.push({ at: 0, band: previous });
  for (let i = 1; i < points.length; i++) {
    const band = bandAt(points[i]!);
    if (band !== previous) findCuts(bandAt, points[i - 1]!, previous, points[i]!, band, cuts);
    previous = band;
  }
  const segments: KpiGaugeBandSegment[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i]!;
    const to = cuts[i + 1]?.at ?? 1;
    if (to > cut.at) segments.push({ band: cut.band, from: cut.at, to });
  }
  return segments;
}

/** Bisects [lo, hi] (bands differ at the ends) and records where each new band begins, in order. */
function findCuts(
  bandAt: (fraction: number) => Band,
  lo: number,
  loBand: Band,
  hi: number,
  hiBand: Band,
  cuts: { at: number; band: Band }[],
): void {
  if (hi - lo <= PRECISION) {
    cuts.push({ at: hi, band: hiBand });
    return;
  }
  const mid = (lo + hi) / 2;
  const midBand = bandAt(mid);
  if (midBand !== loBand) findCuts(bandAt, lo, loBand, mid, midBand, cuts);
  if (midBand !== hiBand) findCuts(bandAt, mid, midBand, hi, hiBand, cuts);
}
