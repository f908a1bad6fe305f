import { useMemo } from 'react';
import { useNorthstar } from '../provider/useNorthstar.js';
import { createTranslator, type Translator } from './createTranslator.js';
import type { MessageCatalogue } from './defineMessages.js';

/**
 * A widget's message function in the provider's locale (`de-AT` falls back to `de`, then `en`), with the provider's
 * `messages` overriding the catalogue key by key; number params are localised, `count` picks the plural form.
 *
 * @example
 * const t = useMessages(KPI_TABLE_MESSAGES);
 * t('kpiTable.count', { shown: 3, total: 32 });
 */
export function useMessages<K extends string>(catalogue: MessageCatalogue<K>): Translator<K> {
  const { locale, messages } = useNorthstar();
  return useMemo(() => createTranslator(catalogue, locale, messages), [catalogue, locale, messages]);
}
