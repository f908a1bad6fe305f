import { describe, expect, it } from 'vitest';
import { createTranslator } from './createTranslator.js';
import { defineMessages } from './defineMessages.js';
import { resolveCatalogueLocale } from './resolveCatalogueLocale.js';

const DEMO = defineMessages({
  en: {
    'demo.count': { one: '{count} KPI', other: '{count} KPIs' },
    'demo.of': 'Showing {shown} of {total} KPIs',
  },
  de: { 'demo.count': { one: '{count} KPI', other: '{count} KPIs' }, 'demo.of': '{shown} von {total} KPIs' },
  fr: { 'demo.count': { one: '{count} KPI', other: '{count} KPI' }, 'demo.of': '{shown} KPI sur {total}' },
  es: { 'demo.count': { one: '{count} KPI', other: '{count} KPI' }, 'demo.of': '{shown} de {total} KPI' },
  'pt-BR': {
    'demo.count': { one: '{count} KPI', other: '{count} KPIs' },
    'demo.of': '{shown} de {total} KPIs',
  },
  ja: { 'demo.count': '{count} 件の KPI', 'demo.of': '{total} 件中 {shown} 件の KPI' },
  ar: {
    'demo.count': {
      zero: 'لا توجد مؤشرات',
      one: 'مؤشر واحد',
      two: 'مؤشران',
      few: '{count} مؤشرات',
      many: '{count} مؤشرًا',
      other: '{count} مؤشر',
    },
    'demo.of': 'عرض {shown} من {total} مؤشرًا',
  },
});

describe('resolveCatalogueLocale', () => {
  it.each([
    ['de-AT', 'de'],
    ['de', 'de'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['ar-EG', 'ar'],
    ['ja-JP', 'ja'],
    ['fr-CA', 'fr'],
    ['es-MX', 'es'],
    ['en-GB', 'en'],
    ['sv-SE', 'en'],
  ])('%s → %s', (locale, expected) => {
    expect(resolveCatalogueLocale(locale)).toBe(expected);
  });
});

describe('createTranslator', () => {
  it('falls back from a regional locale to its language catalogue', () => {
    expect(createTranslator(DEMO, 'de-AT')('demo.of', { shown: 3, total: 32.5 })).toBe('3 von 32,5 KPIs');
  });

  it('falls back to English for a locale without a catalogue, formatting numbers in that locale', () => {
    expect(createTranslator(DEMO, 'sv-SE')('demo.of', { shown: 3, total: 1200 })).toBe(
      'Showing 3 of 1\u00a0200 KPIs',
    );
  });

  it('formats number params with Intl.NumberFormat, so Arabic gets Arabic-Indic digits', () => {
    expect(createTranslator(DEMO, 'ar-EG')('demo.of', { shown: 3, total: 32 })).toBe('عرض ٣ من ٣٢ مؤشرًا');
  });

  it('inserts string params as they are', () => {
    expect(createTranslator(DEMO, 'ar-EG')('demo.of', { shown: '3', total: '32' })).toBe('عرض 3 من 32 مؤشرًا');
  });

  it('picks plural forms with Intl.PluralRules, all six in Arabic', () => {
    const t = createTranslator(DEMO, 'ar-EG');
    expect([0, 1, 2, 3, 11, 100].map((count) => t('demo.count', { count }))).toEqual([
      'لا توجد مؤشرات',
      'مؤشر واحد',
      'مؤشران',
      '٣ مؤشرات',
      '١١ مؤشرًا',
      '١٠٠ مؤشر',
    ]);
    const en = createTranslator(DEMO, 'en-US');
    expect([1, 2].map((count) => en('demo.count', { count }))).toEqual(['1 KPI', '2 KPIs']);
    // French: 0 and 1 are singular
    expect(createTranslator(DEMO, 'fr-FR')('demo.count', { count: 0 })).toBe('0 KPI');
  });

  it('applies overrides key by key, plural objects included, over the locale catalogue', () => {
    const t = createTranslator(DEMO, 'de-DE', { 'demo.count': { one: 'ein Ziel', other: '{count} Ziele' } });
    expect(t('demo.count', { count: 1 })).toBe('ein Ziel');
    expect(t('demo.count', { count: 4 })).toBe('4 Ziele');
    expect(t('demo.of', { shown: 1, total: 2 })).toBe('1 von 2 KPIs');
  });

  it('leaves an unknown placeholder visible rather than dropping words', () => {
    expect(createTranslator(DEMO, 'en')('demo.of', { shown: 1 })).toBe('Showing 1 of {total} KPIs');
  });
});

describe('defineMessages', () => {
  it('rejects a catalogue whose translation misses a key (type-checked)', () => {
    const en = { 'demo.a': 'A', 'demo.b': 'B' } as const;
    const partial = { 'demo.a': 'A' };
    // @ts-expect-error every locale must have every key of en
    defineMessages({ en, de: partial, fr: en, es: en, 'pt-BR': en, ja: en, ar: en });
    // @ts-expect-error a locale may not be left out
    defineMessages({ en, de: en, fr: en, es: en, 'pt-BR': en, ja: en });
    expect(true).toBe(true);
  });
});
