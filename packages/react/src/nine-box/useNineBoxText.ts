import { useMemo } from 'react';
import { createFormatters } from '../i18n/useFormatters.js';
import { useNorthstar } from '../provider/useNorthstar.js';
import { NINE_BOX_MESSAGES_EN } from './nineBoxMessagesEn.js';
import type { NineBoxFormat, NineBoxTranslate } from './nineBoxText.types.js';

/**
 * The grid's translate function and formatters for the provider's locale, with the provider's overrides.
 *
 * @example
 * const { t, format, locale, direction } = useNineBoxText();
 */
export function useNineBoxText(): {
  t: NineBoxTranslate;
  format: NineBoxFormat;
  locale: string;
  direction: 'ltr' | 'rtl';
} {
  const { locale, messages, direction } = useNorthstar();
  return useMemo(() => {
    const rules = new Intl.PluralRules(locale);
    const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const t: NineBoxTranslate = (key, params = {}) => {
      const entry: string | Record<string, string> = messages[key] ?? NINE_BOX_MESSAGES_EN[key];
      const template =
        typeof entry === 'string'
          ? entry
          : (entry[rules.select(Number(params.count ?? 0))] ?? entry.other ?? '');
      return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? numbers.format(value) : value;
      });
    };
    return { t, format: createFormatters(locale), locale, direction };
  }, [locale, messages, direction]);
}
