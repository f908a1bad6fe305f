import { useFormatters } from '../i18n/useFormatters.js';
import { useMessages } from '../i18n/useMessages.js';
import { useNorthstar } from '../provider/useNorthstar.js';
import { NINE_BOX_MESSAGES } from './nineBoxMessages.js';
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
  const { locale, direction } = useNorthstar();
  const t = useMessages(NINE_BOX_MESSAGES);
  const format = useFormatters();
  return { t, format, locale, direction };
}
