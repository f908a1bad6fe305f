import type { NineBoxMessageKey, NineBoxTranslate } from './nineBoxText.types.js';

type LevelWord = 'veryLow' | 'low' | 'medium' | 'high' | 'veryHigh';

// Words for the common grid sizes; other sizes are numbered ("Level 1" … "Level 7").
const WORDS: Readonly<Record<number, readonly LevelWord[]>> = {
  2: ['low', 'high'],
  3: ['low', 'medium', 'high'],
  4: ['low', 'medium', 'high', 'veryHigh'],
  5: ['veryLow', 'low', 'medium', 'high', 'veryHigh'],
};

/**
 * Default names of `count` levels, low first, as headings and as words inside sentences.
 *
 * @example
 * defaultLevelNames(3, t).headings; // ['Low', 'Medium', 'High']
 */
export function defaultLevelNames(
  count: number,
  t: NineBoxTranslate,
): { headings: string[]; inText: string[] } {
  const words = WORDS[count];
  const headings: string[] = [];
  const inText: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = words?.[i];
    if (word) {
      headings.push(t(`nineBox.level.${word}` as NineBoxMessageKey));
      inText.push(t(`nineBox.levelInText.${word}` as NineBoxMessageKey));
    } else {
      headings.push(t('nineBox.level.numbered', { n: String(i + 1) }));
      inText.push(t('nineBox.levelInText.numbered', { n: String(i + 1) }));
    }
  }
  return { headings, inText };
}
