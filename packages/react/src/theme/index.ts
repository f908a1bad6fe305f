// @northstar/react/theme — the server-safe entry: plain data and pure functions only, no React, no 'use client'.
// A Next.js Server Component (or any Node script) can build a theme, read token names, translate a message or format
// a number here and hand the result to the client widgets. scripts/checkServerEntry.mjs fails the test command if a
// client-only export (anything that needs React at import or call time) leaks in.
export { createFormatters, type Formatters, isIntlUnit } from '../i18n/createFormatters.js';
export {
  createTranslator,
  type MessageOverrides,
  type MessageParams,
  type Translator,
} from '../i18n/createTranslator.js';
export {
  CATALOGUE_LOCALES,
  type CatalogueLocale,
  defineMessages,
  type Message,
  type MessageCatalogue,
  type MessageKey,
  type PluralMessage,
} from '../i18n/defineMessages.js';
export { resolveCatalogueLocale } from '../i18n/resolveCatalogueLocale.js';
export { textDirection } from '../provider/textDirection.js';
export { createTheme, DEFAULT_THEME } from './createTheme.js';
export type { NorthstarTheme, ThemeDensity, ThemeOptions, ThemeTokens } from './theme.types.js';
export { modeVariable, themeVariables } from './themeVariables.js';
export { TOKENS, TONE_TOKEN, type TokenName } from './tokens.js';
