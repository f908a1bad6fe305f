/**
 * The message function resolvers take (what `useMessages` / `createTranslator` return), so resolvers stay pure.
 *
 * @example
 * const t: FeedbackTranslate = (key, params) => createTranslator(FEEDBACK_FORM_MESSAGES, 'en')(key, params);
 */
export type FeedbackTranslate = (key: string, params?: Readonly<Record<string, string | number>>) => string;
