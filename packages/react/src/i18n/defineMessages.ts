/**
 * A message: a string with `{name}` placeholders, or a plural object chosen by `Intl.PluralRules` on `params.count`.
 *
 * @example
 * const m: Message = { one: '{count} KPI', other: '{count} KPIs' };
 */
export type Message = string | PluralMessage;

/**
 * A message with one form per CLDR plural category; `other` is required, the rest are used when the locale's
 * `Intl.PluralRules` selects them (Arabic uses all six).
 *
 * @example
 * const kpis: PluralMessage = { one: '{count} KPI', other: '{count} KPIs' };
 */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/**
 * The locales every Northstar catalogue ships; `en` is the source language.
 *
 * @example
 * const locale: CatalogueLocale = 'pt-BR';
 */
export type CatalogueLocale = 'en' | 'de' | 'fr' | 'es' | 'pt-BR' | 'ja' | 'ar';

/**
 * Every catalogue locale, source first.
 *
 * @example
 * CATALOGUE_LOCALES.includes('ja'); // true
 */
export const CATALOGUE_LOCALES: readonly CatalogueLocale[] = ['en', 'de', 'fr', 'es', 'pt-BR', 'ja', 'ar'];

/**
 * A widget's messages in every catalogue locale; the keys of `en` are the catalogue's keys.
 *
 * @example
 * const catalogue: MessageCatalogue<'demo.hello'> = defineMessages({ en: { 'demo.hello': 'Hello' }, … });
 */
export type MessageCatalogue<K extends string = string> = {
  readonly [L in CatalogueLocale]: Readonly<Record<K, Message>>;
};

/**
 * Declares a widget's message catalogue: `en` is the source and every other locale must have exactly its keys (a
 * missing or extra key is a type error), so no string stays English in a translated portal.
 *
 * @example
 * export const DEMO_MESSAGES = defineMessages({
 *   en: { 'demo.count': { one: '{count} KPI', other: '{count} KPIs' } },
 *   de: { 'demo.count': { one: '{count} KPI', other: '{count} KPIs' } },
 *   fr: { 'demo.count': { one: '{count} KPI', other: '{count} KPI' } },
 *   es: { 'demo.count': { one: '{count} KPI', other: '{count} KPI' } },
 *   'pt-BR': { 'demo.count': { one: '{count} KPI', other: '{count} KPIs' } },
 *   ja: { 'demo.count': '{count} 件の KPI' },
 *   ar: { 'demo.count': { zero: 'لا مؤشرات', one: 'مؤشر واحد', two: 'مؤشران', few: '{count} مؤشرات', many: '{count} مؤشرًا', other: '{count} مؤشر' } },
 * });
 */
export function defineMessages<const E extends Readonly<Record<string, Message>>>(
  catalogue: { readonly en: E } & {
    readonly [L in Exclude<CatalogueLocale, 'en'>]: Readonly<Record<keyof E, Message>>;
  },
): MessageCatalogue<Extract<keyof E, string>> {
  return catalogue as MessageCatalogue<Extract<keyof E, string>>;
}

/**
 * The message keys of a catalogue.
 *
 * @example
 * type Key = MessageKey<typeof KPI_GAUGE_MESSAGES>; // 'kpiGauge.retry' | …
 */
export type MessageKey<C> = C extends MessageCatalogue<infer K> ? K : never;
