import { defineMessages } from '../i18n/defineMessages.js';
import { NINE_BOX_MESSAGES_AR } from './nineBoxMessagesAr.js';
import { NINE_BOX_MESSAGES_DE } from './nineBoxMessagesDe.js';
import { NINE_BOX_MESSAGES_EN } from './nineBoxMessagesEn.js';
import { NINE_BOX_MESSAGES_ES } from './nineBoxMessagesEs.js';
import { NINE_BOX_MESSAGES_FR } from './nineBoxMessagesFr.js';
import { NINE_BOX_MESSAGES_JA } from './nineBoxMessagesJa.js';
import { NINE_BOX_MESSAGES_PT_BR } from './nineBoxMessagesPtBr.js';

/**
 * The 9-box grid's and calibration panel's message catalogue in every shipped locale; override any key through
 * `NorthstarProvider`'s `messages` (e.g. your own box names: `'nineBox.box.9': 'Future leader'`).
 *
 * @example
 * createTranslator(NINE_BOX_MESSAGES, 'de-DE')('nineBox.box.9'); // 'Spitzentalent'
 */
export const NINE_BOX_MESSAGES = defineMessages({
  en: NINE_BOX_MESSAGES_EN,
  de: NINE_BOX_MESSAGES_DE,
  fr: NINE_BOX_MESSAGES_FR,
  es: NINE_BOX_MESSAGES_ES,
  'pt-BR': NINE_BOX_MESSAGES_PT_BR,
  ja: NINE_BOX_MESSAGES_JA,
  ar: NINE_BOX_MESSAGES_AR,
});
