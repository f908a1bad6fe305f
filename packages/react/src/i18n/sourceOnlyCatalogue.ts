import type { Message, MessageCatalogue } from './defineMessages.js';

/**
 * Transitional: a catalogue whose every locale is the English source. Used only while a widget's translations are
 * being written; the locale story test fails for any widget still using it.
 *
 * @example
 * const DEMO = sourceOnlyCatalogue({ 'demo.hello': 'Hello' });
 */
export function sourceOnlyCatalogue<const E extends Readonly<Record<string, Message>>>(
  en: E,
): MessageCatalogue<Extract<keyof E, string>> {
  return { en, de: en, fr: en, es: en, 'pt-BR': en, ja: en, ar: en };
}
