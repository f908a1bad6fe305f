import type { KpiSample } from '@northstar/core';

/**
 * The calendar unit a run of period strings counts in, judged from the last period's shape.
 *
 * @example
 * const unit: TrendSpanUnit = 'months';
 */
export type TrendSpanUnit = 'months' | 'quarters' | 'weeks' | 'days' | 'years' | 'periods';

/**
 * How a KPI's actual moved from its first to its last recorded sample.
 *
 * @example
 * const t: TrendSummary = { direction: 'up', relative: 0.04, absolute: 1.2, count: 12, unit: 'months' };
 */
export interface TrendSummary {
  direction: 'up' | 'down' | 'flat';
  /** |last − first| ÷ |first|; null when the first value is 0 (no meaningful ratio). */
  relative: number | null;
  /** |last − first| in the KPI's own unit. */
  absolute: number;
  /** Samples from the first to the last value, inclusive. */
  count: number;
  unit: TrendSpanUnit;
}

const PERIOD_UNITS: ReadonlyArray<readonly [RegExp, TrendSpanUnit]> = [
  [/^\d{4}-\d{2}$/, 'months'],
  [/^\d{4}-Q[1-4]$/i, 'quarters'],
  [/^\d{4}-W\d{2}$/i, 'weeks'],
  [/^\d{4}-\d{2}-\d{2}$/, 'days'],
  [/^\d{4}$/, 'years'],
];

// Below half a percent a sparkline looks flat, so calling it "up 0%" would only confuse.
const FLAT = 0.005;

const usable = (s: KpiSample): s is KpiSample & { actual: number } =>
  typeof s.actual === 'number' && Number.isFinite(s.actual);

/**
 * Summarises the movement of a KPI's samples (oldest first) for the trend column's text; null with fewer than two
 * usable samples. This is presentation, not scoring: attainment and status always come from core.
 *
 * @example
 * describeTrend([{ kpiId: 'k', period: '2026-01', actual: 100 }, { kpiId: 'k', period: '2026-02', actual: 104 }]);
 * // { direction: 'up', relative: 0.04, absolute: 4, count: 2, unit: 'months' }
 */
export function describeTrend(samples: readonly KpiSample[]): TrendSummary | null {
  const firstIndex = samples.findIndex(usable);
  if (firstIndex < 0) return null;
  let lastIndex = samples.length - 1;
  while (lastIndex > firstIndex && !usable(samples[lastIndex]!)) lastIndex--;
  if (lastIndex === firstIndex) return null;
  const first = samples[firstIndex]!.actual!;
  const last = samples[lastIndex]!.actual!;
  const absolute = Math.abs(last - first);
  const relative = first === 0 ? null : absolute / Math.abs(first);
  const flat = relative === null ? absolute === 0 : relative < FLAT;
  const period = samples[lastIndex]!.period;
  return {
    direction: flat ? 'flat' : last > first ? 'up' : 'down',
    relative,
    absolute,
    count: lastIndex - firstIndex + 1,
    unit: PERIOD_UNITS.find(([shape]) => shape.test(period))?.[1] ?? 'periods',
  };
}
