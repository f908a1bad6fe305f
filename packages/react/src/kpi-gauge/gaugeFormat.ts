import type { Formatters } from '../i18n/createFormatters.js';
import { intlUnitOf } from '../kpi-table/formatKpiValue.js';
import type { KpiGaugeFormat } from './kpiGauge.types.js';

/**
 * Formats the gauge's numbers: values, and signed deltas for the trend.
 *
 * @example
 * const fmt: GaugeFormatter = createGaugeFormatter(createFormatters('en-US'), { format: 'percent', span: 1, magnitude: 1 });
 * fmt.value(0.72); // '72%'
 */
export interface GaugeFormatter {
  value(x: number): string;
  /** A signed change; percentages change in points, so `{ points: true }` marks those. */
  delta(x: number): { text: string; points: boolean };
}

/**
 * What the formatter is built from: the format props plus the scale's span and largest magnitude, which pick the
 * number of decimals (enough to tell value from target) and compact notation for millions.
 *
 * @example
 * const spec: GaugeFormatSpec = { format: 'currency', currency: 'EUR', span: 900, magnitude: 900 };
 */
export interface GaugeFormatSpec {
  format?: KpiGaugeFormat | undefined;
  currency?: string | undefined;
  unit?: string | undefined;
  span: number;
  magnitude: number;
}

/** Decimals that keep neighbouring values on a scale this wide distinguishable (in display units). */
function digitsFor(span: number): number {
  return span >= 100 ? 0 : span >= 10 ? 1 : 2;
}

/**
 * Builds the value and delta formatters. Throws (a RangeError from Intl) on an unknown currency code or bad
 * `Intl.NumberFormatOptions`; the caller catches that once, warns and falls back to `number`.
 *
 * @example
 * createGaugeFormatter(createFormatters('de-DE'), { format: 'number', unit: 'h', span: 24, magnitude: 24 }).value(8.5); // '8,5 h'
 */
export function createGaugeFormatter(f: Formatters, spec: GaugeFormatSpec): GaugeFormatter {
  const { format = 'number', currency, unit, span, magnitude } = spec;
  let options: Intl.NumberFormatOptions;
  let suffix = '';
  let points = false;
  if (typeof format === 'object') {
    options = { maximumFractionDigits: Math.max(2, format.minimumFractionDigits ?? 0), ...format };
  } else if (format === 'percent') {
    const digits = digitsFor(span * 100);
    options = { style: 'percent', maximumFractionDigits: digits };
    points = true;
  } else {
    const compact = magnitude >= 1e6;
    const digits = compact ? 1 : digitsFor(span);
    if (format === 'currency') {
      if (!currency) throw new RangeError('format "currency" needs a currency code');
      // currency reads best with all its decimals or none ("$57.50", not "$57.5")
      options = compact
        ? {
            style: 'currency',
            currency,
            notation: 'compact',
            minimumFractionDigits: 0,
            maximumFractionDigits: 1,
          }
        : { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits };
    } else {
      options = { maximumFractionDigits: digits, ...(compact ? { notation: 'compact' } : {}) };
      if (unit === '%') options = { ...options, style: 'unit', unit: 'percent' };
      else if (unit === 'x' || unit === '×') suffix = unit;
      // a spelled-out unit word ("days") is translated by Intl ("Tage", "أيام"); an abbreviation stays short
      else if (unit && intlUnitOf(unit) && unit.length > 3)
        options = { ...options, style: 'unit', unit: intlUnitOf(unit), unitDisplay: 'long' };
      else if (unit) suffix = `\u00a0${unit}`;
    }
  }
  const signed: Intl.NumberFormatOptions = points
    ? { maximumFractionDigits: (options.maximumFractionDigits ?? 0) + 1, signDisplay: 'exceptZero' }
    : { ...options, signDisplay: 'exceptZero' };
  // fail here, once, rather than on every render: Intl throws RangeError on a bad currency or option
  f.number(0, options);
  f.number(0, signed);
  return {
    value: (x) => f.number(x, options) + suffix,
    // a change of a ratio is shown in percentage points (0.24 → 0.249 is "+0.9 pp", not "+4%")
    delta: (x) => ({ text: f.number(points ? x * 100 : x, signed) + (points ? '' : suffix), points }),
  };
}
