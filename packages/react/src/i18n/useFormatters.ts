import { useMemo } from 'react';
import { useNorthstar } from '../provider/useNorthstar.js';

/**
 * Locale-aware formatters for numbers, percentages, currency and dates, built on `Intl` with the provider's locale.
 *
 * @example
 * const f = useFormatters();
 * f.percent(0.72); // '72%'
 */
export interface Formatters {
  locale: string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A ratio (0.72) as a percentage ('72%'). */
  percent(value: number, options?: Intl.NumberFormatOptions): string;
  currency(value: number, currency: string, options?: Intl.NumberFormatOptions): string;
  date(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string;
}

/**
 * Creates formatters for a locale (memoised per call site by `useFormatters`).
 *
 * @example
 * createFormatters('de-DE').number(1234.5); // '1.234,5'
 */
export function createFormatters(locale: string): Formatters {
  return {
    locale,
    number: (value, options) => numberFormat(locale, { maximumFractionDigits: 2, ...options }).format(value),
    percent: (value, options) =>
      numberFormat(locale, { style: 'percent', maximumFractionDigits: 0, ...options }).format(value),
    currency: (value, currency, options) =>
      numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, ...options }).format(
        value,
      ),
    date: (value, options) =>
      dateFormat(locale, { dateStyle: 'medium', ...options }).format(
        value instanceof Date ? value : new Date(value),
      ),
  };
}

// Building an Intl formatter costs far more than using one, and a dashboard formats thousands of values with a
// handful of option sets, so formatters are cached by kind, locale and options (cleared if it ever grows large).
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let format = formats.get(key) as F | undefined;
  if (format === undefined) {
    if (formats.size > 500) formats.clear();
    format = make();
    formats.set(key, format);
  }
  return format;
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`n${locale}${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`d${locale}${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/**
 * Formatters in the provider's locale.
 *
 * @example
 * const { percent } = useFormatters();
 */
export function useFormatters(): Formatters {
  const { locale } = useNorthstar();
  return useMemo(() => createFormatters(locale), [locale]);
}
