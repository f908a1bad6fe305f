import type { Kpi } from '@northstar/core';
import type { Formatters } from '../i18n/createFormatters.js';

// Units Intl can spell and translate itself ("12 days", "12 Tage"); anything else is appended verbatim.
const INTL_UNITS: Readonly<Record<string, string>> = {
  d: 'day',
  day: 'day',
  days: 'day',
  h: 'hour',
  hour: 'hour',
  hours: 'hour',
  min: 'minute',
  minutes: 'minute',
  s: 'second',
  seconds: 'second',
  ms: 'millisecond',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
};

/**
 * The CLDR unit `Intl.NumberFormat` spells and translates for a KPI unit word (`days` → `day`), or undefined.
 *
 * @example
 * intlUnitOf('days'); // 'day'
 */
export function intlUnitOf(unit: string | undefined): string | undefined {
  return unit === undefined ? undefined : INTL_UNITS[unit.trim()];
}

// A count needs no unit label next to the number.
const UNITLESS = new Set(['', 'count', '#']);

const CURRENCY_CODE = /^[A-Z]{3}$/;

/**
 * The ISO currency of a currency KPI: its `currency`, else a unit that is an ISO code (`USD`), else undefined.
 *
 * @example
 * currencyOf({ format: 'currency', unit: 'USD' }); // 'USD'
 */
export function currencyOf(kpi: Pick<Kpi, 'format' | 'unit' | 'currency'>): string | undefined {
  if (kpi.format !== 'currency') return undefined;
  if (kpi.currency) return kpi.currency;
  return kpi.unit && CURRENCY_CODE.test(kpi.unit) ? kpi.unit : undefined;
}

/**
 * Formats one of a KPI's numbers (actual, target, a sample) per its `format`, `unit` and `currency` with Intl.
 *
 * @example
 * formatKpiValue(0.24, { format: 'percent' }, createFormatters('de-DE')); // '24 %'
 */
export function formatKpiValue(
  value: number,
  kpi: Pick<Kpi, 'format' | 'unit' | 'currency'>,
  f: Formatters,
): string {
  // Small magnitudes keep cents and decimals; big ones would only add noise in a table cell.
  const digits = Math.abs(value) < 100 ? 2 : 0;
  if (kpi.format === 'percent') return f.percent(value, { maximumFractionDigits: 2 });
  const currency = currencyOf(kpi);
  if (currency) return f.currency(value, currency, { maximumFractionDigits: digits });
  const unit = kpi.unit?.trim() ?? '';
  const intlUnit = INTL_UNITS[unit];
  if (intlUnit) {
    return f.number(value, {
      style: 'unit',
      unit: intlUnit,
      unitDisplay: 'long',
      maximumFractionDigits: digits,
    });
  }
  const number = f.number(value, { maximumFractionDigits: digits });
  if (UNITLESS.has(unit)) return number;
  if (unit === 'x') return `${number}×`;
  return `${number} ${unit}`;
}
