import type { Message, MessageCatalogue, PluralMessage } from './defineMessages.js';
import { resolveCatalogueLocale } from './resolveCatalogueLocale.js';

/**
 * Parameters of a message: numbers are formatted with `Intl.NumberFormat(locale)` (so `ar-EG` gets Arabic-Indic
 * digits), strings are inserted as they are; `count` also picks the plural form.
 *
 * @example
 * const params: MessageParams = { count: 3, name: 'Revenue' };
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Per-key replacements of catalogue messages, as `NorthstarProvider`'s `messages` takes them.
 *
 * @example
 * const overrides: MessageOverrides = { 'kpiGauge.retry': 'Try again' };
 */
export type MessageOverrides = Readonly<Record<string, Message>>;

/**
 * A message function: `t(key, params)` → the finished sentence in the translator's locale.
 *
 * @example
 * const t: Translator<'kpiTable.count'> = createTranslator(KPI_TABLE_MESSAGES, 'de-DE');
 */
export type Translator<K extends string> = (key: K, params?: MessageParams) => string;

/**
 * The non-React translator behind `useMessages`, for resolvers, tests and Node: picks the catalogue locale with
 * fallback (`de-AT` → `de` → `en`), applies `overrides` key by key, chooses plural forms with `Intl.PluralRules` and
 * formats number params with `Intl.NumberFormat(locale)`.
 *
 * @example
 * const t = createTranslator(KPI_TABLE_MESSAGES, 'de-AT');
 * t('kpiTable.count', { shown: 3, total: 32 }); // 'Zeige 3 von 32 KPIs'
 */
export function createTranslator<K extends string>(
  catalogue: MessageCatalogue<K>,
  locale: string,
  overrides: MessageOverrides = {},
): Translator<K> {
  const messages = catalogue[resolveCatalogueLocale(locale)];
  const source = catalogue.en;
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (key, params = {}) => {
    const message: Message | undefined = overrides[key] ?? messages[key] ?? source[key];
    if (message === undefined) return key;
    const template = typeof message === 'string' ? message : pluralForm(message, params.count, plural);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number.format(value) : value;
    });
  };
}

function pluralForm(
  message: PluralMessage,
  count: string | number | undefined,
  rules: Intl.PluralRules,
): string {
  if (typeof count !== 'number') return message.other;
  // CLDR: the explicit "zero" form is used for 0 where the author wrote one, even in languages whose rules say other.
  if (count === 0 && message.zero !== undefined) return message.zero;
  return message[rules.select(count)] ?? message.other;
}
