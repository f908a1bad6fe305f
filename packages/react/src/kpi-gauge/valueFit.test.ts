import { describe, expect, it } from 'vitest';
import { createFormatters } from '../i18n/createFormatters.js';
import { valueFit } from './valueFit.js';

describe('valueFit (centre value font step, without measuring)', () => {
  it.each([
    ['72%', 'lg'],
    ['68 Tage', 'lg'],
    ['$41.2M', 'lg'],
    ['1.235.000 €', 'md'],
    ['41,2 Mio. $', 'md'],
    ['1 234 567,89 kr', 'sm'],
    ['4,120万 US$', 'md'],
  ])('%s → %s', (text, fit) => {
    expect(valueFit(text)).toBe(fit);
  });

  it('Arabic-Indic currency of a long compact value steps down, bidi marks do not count', () => {
    const text = createFormatters('ar-EG').currency(41_200_000, 'USD', {
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    expect(['md', 'sm']).toContain(valueFit(text));
    expect(valueFit('\u200f\u061c٧٢٪')).toBe('lg');
  });
});
