import { CATALOGUE_LOCALES, type CatalogueLocale } from './defineMessages.js';

/**
 * The catalogue locale for a BCP 47 locale: exact match, then the language (`de-AT` → `de`), then a regional sibling
 * (`pt-PT` → `pt-BR`), else `en`.
 *
 * @example
 * resolveCatalogueLocale('de-AT'); // 'de'
 * resolveCatalogueLocale('ar-EG'); // 'ar'
 * resolveCatalogueLocale('sv-SE'); // 'en'
 */
export function resolveCatalogueLocale(locale: string): CatalogueLocale {
  const lower = String(locale).toLowerCase();
  const exact = CATALOGUE_LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split(/[-_]/)[0] ?? '';
  const same = CATALOGUE_LOCALES.find((l) => l.toLowerCase() === language);
  if (same) return same;
  return CATALOGUE_LOCALES.find((l) => l.toLowerCase().split('-')[0] === language) ?? 'en';
}
