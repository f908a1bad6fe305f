// Languages written right to left (primary subtag). Intl.Locale#getTextInfo would say so too, but it is missing in
// Firefox and older runtimes, and the answer must be identical on the server and in every browser.
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/**
 * The writing direction of a BCP 47 locale: `rtl` for Arabic, Hebrew, Persian, Urdu and other right-to-left
 * languages (also when an explicit script subtag says Arab/Hebr/Thaa/Syrc/Nkoo), else `ltr`.
 *
 * @example
 * textDirection('ar-EG'); // 'rtl'
 * textDirection('de-DE'); // 'ltr'
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const subtags = String(locale).toLowerCase().split(/[-_]/);
  const script = subtags.find((tag, i) => i > 0 && tag.length === 4);
  if (script !== undefined)
    return ['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg'].includes(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(subtags[0] ?? '') ? 'rtl' : 'ltr';
}
