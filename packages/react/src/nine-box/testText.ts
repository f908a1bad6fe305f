// Test-only: an English translator and formatters for the Node tests of the resolvers.
import { NINE_BOX_MESSAGES_EN } from './nineBoxMessagesEn.js';
import type { NineBoxFormat, NineBoxTranslate } from './nineBoxText.types.js';

const rules = new Intl.PluralRules('en-US');
const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** English `t`, choosing plural forms by `count` and formatting number params, like the shared translator. */
export const t: NineBoxTranslate = (key, params = {}) => {
  const entry: string | Record<string, string> = NINE_BOX_MESSAGES_EN[key];
  const template =
    typeof entry === 'string' ? entry : (entry[rules.select(Number(params.count ?? 0))] ?? entry.other ?? '');
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
};

/** en-US formatters. */
export const format: NineBoxFormat = {
  number: (value, options) =>
    new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, ...options }).format(value),
  percent: (value, options) =>
    new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0, ...options }).format(value),
};
