import { sourceOnlyCatalogue } from '../i18n/sourceOnlyCatalogue.js';
import { FEEDBACK_FORM_EN } from './feedbackFormMessagesEn.js';

/**
 * The feedback form's messages in every catalogue locale; override any key through the provider's `messages`.
 *
 * @example
 * <NorthstarProvider messages={{ 'feedbackForm.submit': 'Send review' }}>…</NorthstarProvider>
 */
export const FEEDBACK_FORM_MESSAGES = sourceOnlyCatalogue(FEEDBACK_FORM_EN);
