import { describe, expect, it } from 'vitest';
import { FEEDBACK_REQUEST_MESSAGES } from '../feedback-request/feedbackRequestMessages.js';
import { FEEDBACK_SUMMARY_MESSAGES } from '../feedback-summary/feedbackSummaryMessages.js';
import { FEEDBACK_FORM_MESSAGES } from './feedbackFormMessages.js';

const words = (message: unknown): string => JSON.stringify(message).replace(/\{\w+\}/g, '');

// What the Storybook locale check relies on: no English sentence survives in a translated catalogue. Messages made
// of placeholders and punctuation only ('{prompt}: {error}') are the same in every language by nature.
describe('feedback catalogues', () => {
  it.each([
    ['feedbackForm', FEEDBACK_FORM_MESSAGES],
    ['feedbackSummary', FEEDBACK_SUMMARY_MESSAGES],
    ['feedbackRequest', FEEDBACK_REQUEST_MESSAGES],
  ] as const)(
    '%s: every de, fr, es, pt-BR, ja and ar message differs from the English one',
    (_, catalogue) => {
      const same: string[] = [];
      for (const locale of ['de', 'fr', 'es', 'pt-BR', 'ja', 'ar'] as const) {
        for (const [key, en] of Object.entries(catalogue.en)) {
          const text = (catalogue[locale] as Record<string, unknown>)[key];
          if (/[A-Za-z]{3}/.test(words(en)) && words(text) === words(en)) same.push(`${locale} ${key}`);
        }
      }
      expect(same).toEqual([]);
    },
  );
});
