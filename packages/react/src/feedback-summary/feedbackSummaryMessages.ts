import { sourceOnlyCatalogue } from '../i18n/sourceOnlyCatalogue.js';
import { FEEDBACK_SUMMARY_EN } from './feedbackSummaryMessagesEn.js';

/**
 * The 360 summary's messages in every catalogue locale; override any key through the provider's `messages`.
 *
 * @example
 * <NorthstarProvider messages={{ 'feedbackSummary.title': 'Your 360' }}>…</NorthstarProvider>
 */
export const FEEDBACK_SUMMARY_MESSAGES = sourceOnlyCatalogue(FEEDBACK_SUMMARY_EN);
