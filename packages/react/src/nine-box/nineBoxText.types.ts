import type { NINE_BOX_MESSAGES_EN } from './nineBoxMessagesEn.js';

/**
 * A message key of the 9-box grid and calibration panel.
 *
 * @example
 * const key: NineBoxMessageKey = 'nineBox.moveTo';
 */
export type NineBoxMessageKey = keyof typeof NINE_BOX_MESSAGES_EN;

/**
 * The translate function the resolvers take (`useMessages` in React, `createTranslator` in Node).
 *
 * @example
 * const t: NineBoxTranslate = (key, params) => createTranslator(NINE_BOX_MESSAGES, 'de-DE')(key, params);
 */
export type NineBoxTranslate = (
  key: NineBoxMessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

/**
 * The number formatters the resolvers take (a subset of `useFormatters()`).
 *
 * @example
 * const format: NineBoxFormat = createFormatters('en-US');
 */
export interface NineBoxFormat {
  number(value: number, options?: Intl.NumberFormatOptions): string;
  percent(value: number, options?: Intl.NumberFormatOptions): string;
}
