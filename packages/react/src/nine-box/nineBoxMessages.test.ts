import { describe, expect, it } from 'vitest';
import { createFormatters } from '../i18n/createFormatters.js';
import { createTranslator } from '../i18n/createTranslator.js';
import { CATALOGUE_LOCALES } from '../i18n/defineMessages.js';
import { NINE_BOX_MESSAGES } from './nineBoxMessages.js';
import { resolveNineBox } from './resolveNineBox.js';

const records = [
  { personId: 'a', performance: 0.9, potential: 0.9 },
  { personId: 'b', performance: 0.9, potential: 0.9 },
  { personId: 'c', performance: 0.5, potential: 0.5 },
];
const resolveIn = (locale: string) =>
  resolveNineBox({ records }, createTranslator(NINE_BOX_MESSAGES, locale), createFormatters(locale), locale)
    .model;

describe('NINE_BOX_MESSAGES', () => {
  it('every locale → every placeholder of the English message kept, no message left in English', () => {
    const en = NINE_BOX_MESSAGES.en;
    const placeholders = (m: unknown) =>
      [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    for (const locale of CATALOGUE_LOCALES.filter((l) => l !== 'en')) {
      const messages = NINE_BOX_MESSAGES[locale];
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const ours = new Set(placeholders(messages[key]));
        // Translations may drop {count} where a plural form spells the number out ("شخصان").
        for (const name of new Set(placeholders(en[key]))) {
          if (name === 'count' || name === 'potential' || name === 'performance') continue;
          expect(ours.has(name), `${locale} ${key} keeps {${name}}`).toBe(true);
        }
      }
      // Words that are the same in both languages (German "Name", French "Performance"); every other message differs.
      const same: Partial<Record<string, string[]>> = {
        de: ['nineBox.column.name'],
        fr: ['nineBox.performanceAxis', 'nineBox.column.performance'],
      };
      const sameAsEnglish = (Object.keys(en) as (keyof typeof en)[]).filter(
        (k) => JSON.stringify(messages[k]) === JSON.stringify(en[k]) && !same[locale]?.includes(k),
      );
      expect(sameAsEnglish, locale).toEqual([]);
    }
  });

  it('de-DE → German box names and cell names with German numbers', () => {
    const model = resolveIn('de-DE');
    expect(model.boxes[8]!.title).toBe('Spitzentalent');
    const share = createFormatters('de-DE').percent(2 / 3); // '67 %' with a no-break space
    expect(model.boxes[8]!.name).toBe(`Spitzentalent – Potenzial hoch, Leistung hoch: 2 Personen, ${share}`);
  });

  it('ar-EG → Arabic plural forms and Arabic-Indic digits', () => {
    const model = resolveIn('ar-EG');
    expect(model.boxes[8]!.name).toContain('شخصان');
    expect(model.boxes[8]!.name).toContain('٦٧');
    expect(model.boxes[4]!.name).toContain('شخص واحد');
  });
});
