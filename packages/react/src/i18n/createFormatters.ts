/**
 * Locale-aware formatters for numbers, percentages, currency, units, dates, relative times and lists, built on `Intl` with the provider's locale.
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
  /** A value in a CLDR unit (`day`, `hour`, `kilometer`, `percent`, …) with the locale's unit words: '68 Tage'. */
  unit(value: number, unit: string, options?: Intl.NumberFormatOptions): string;
  /** A relative time: `relativeTime(-3, 'month')` → '3 months ago' / 'vor 3 Monaten'. */
  relativeTime(
    value: number,
    unit: Intl.RelativeTimeFormatUnit,
    options?: Intl.RelativeTimeFormatOptions,
  ): string;
  /** A list joined the locale's way: ['a', 'b', 'c'] → 'a, b, and c' / 'a, b und c' / 'a، وb، وc'. */
  list(items: readonly string[], options?: Intl.ListFormatOptions): string;
}

/**
 * Whether `unit` is a unit `Intl.NumberFormat` can spell out (a sanctioned CLDR unit or a `-per-` compound of two).
 *
 * @example
 * isIntlUnit('day'); // true
 * isIntlUnit('x');   // false
 */
export function isIntlUnit(unit: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'unit', unit });
    return true;
  } catch {
    return false;
  }
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
    unit: (value, unit, options) =>
      numberFormat(locale, {
        style: 'unit',
        unit,
        unitDisplay: 'long',
        maximumFractionDigits: 2,
        ...options,
      }).format(value),
    relativeTime: (value, unit, options) =>
      cached(
        `r${locale}${JSON.stringify(options ?? {})}`,
        () =>
          new Intl.RelativeTimeFormat(locale, {
            numeric: 'auto',
            ...options,
          }),
      ).format(value, unit),
    list: (items, options) =>
      cached(
        `l${locale}${JSON.stringify(options ?? {})}`,
        () =>
          new Intl.ListFormat(locale, {
            type: 'conjunction',
            ...options,
          }),
      ).format(items),
  };
}

// Building an Intl formatter costs far more than using one, and a dashboard formats thousands of values with a
// handful of option sets, so formatters are cached by kind, locale and options (cleared if it ever grows large).
type AnyFormat = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat;
const formats = new Map<string, AnyFormat>();

function cached<F extends AnyFormat>(key: string, make: () => F): F {
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
