import { formatMessage } from '../i18n/formatMessage.js';
import type { FeedbackTranslate } from './feedbackTranslate.types.js';

type Catalogue = Readonly<Record<string, string | Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>>>;

/** Node tests' English translator: `{count}` messages pick their plural form, numbers stay plain. */
export function translatorForTests(catalogue: Catalogue, locale = 'en'): FeedbackTranslate {
  const rules = new Intl.PluralRules(locale);
  return (key, params) => {
    const message = catalogue[key];
    if (message === undefined) throw new Error(`no message ${key}`);
    const template =
      typeof message === 'string'
        ? message
        : (message[rules.select(Number(params?.count ?? 0))] ?? message.other!);
    return formatMessage(template, params);
  };
}
