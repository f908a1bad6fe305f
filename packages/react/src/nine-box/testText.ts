// Test-only: the English translator and formatters the Node tests of the resolvers use.
import { createFormatters } from '../i18n/createFormatters.js';
import { createTranslator } from '../i18n/createTranslator.js';
import { NINE_BOX_MESSAGES } from './nineBoxMessages.js';
import type { NineBoxFormat, NineBoxTranslate } from './nineBoxText.types.js';

/** English `t`, exactly as the widget builds it. */
export const t: NineBoxTranslate = createTranslator(NINE_BOX_MESSAGES, 'en-US');

/** en-US formatters. */
export const format: NineBoxFormat = createFormatters('en-US');
