import { sourceOnlyCatalogue } from '../i18n/sourceOnlyCatalogue.js';
import { NINE_BOX_MESSAGES_EN } from './nineBoxMessagesEn.js';

/**
 * The 9-box grid's and calibration panel's message catalogue; override any key through `NorthstarProvider`'s
 * `messages` (e.g. your own box names: `'nineBox.box.9': 'Future leader'`).
 *
 * @example
 * createTranslator(NINE_BOX_MESSAGES, 'de-DE')('nineBox.box.9'); // 'Star'
 */
export const NINE_BOX_MESSAGES = sourceOnlyCatalogue(NINE_BOX_MESSAGES_EN);
