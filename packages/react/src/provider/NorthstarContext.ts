import type { NorthstarAdapter } from '@northstar/core';
import type { QueryClient } from '@tanstack/react-query';
import { createContext } from 'react';
import type { MessageOverrides } from '../i18n/createTranslator.js';

/**
 * How a Northstar root picks light or dark tokens:
 * - `light` (default) and `dark` force one;
 * - `system` follows the user's OS setting (`prefers-color-scheme`);
 * - `inherit` follows the **host page**: the CSS `color-scheme` the root inherits (set it on any ancestor, or put
 *   `data-ns-color-scheme="dark"` / `"light"` on one), or an enclosing Northstar root — never the OS on its own.
 *
 * @example
 * const appearance: Appearance = 'inherit';
 */
export type Appearance = 'light' | 'dark' | 'system' | 'inherit';

/**
 * Per-key message overrides (`kpiGauge.retry`, …): a string with `{name}` placeholders or a plural object.
 *
 * @example
 * const messages: NorthstarMessages = { 'kpiTable.empty': 'Nothing here yet' };
 */
export type NorthstarMessages = MessageOverrides;

/**
 * Where the data hooks keep a provider's query client: the host's `queryClient`, or one the data layer creates on
 * first use. The provider only hands the slot down, so a provider without connected widgets never loads TanStack
 * Query.
 *
 * @example
 * const slot: QueryClientSlot = { client: undefined };
 */
export interface QueryClientSlot {
  client: QueryClient | undefined;
}

/**
 * What every widget reads from the nearest `NorthstarProvider` (or the defaults when there is none, so controlled
 * widgets work without a provider).
 *
 * @example
 * const { locale, adapter } = useNorthstar();
 */
export interface NorthstarContextValue {
  /** The host's data adapter; undefined in controlled-only use. */
  adapter: NorthstarAdapter | undefined;
  /** BCP 47 locale for Intl formatting and message catalogues, e.g. `de-DE`. */
  locale: string;
  /** Message overrides applied over each widget's catalogue, key by key. */
  messages: NorthstarMessages;
  appearance: Appearance;
  /** Writing direction of the root (from `dir` or the locale). */
  direction: 'ltr' | 'rtl';
  /** The `[data-ns-root]` element: dialogs portal into it so they stay themed. Null before mount / on the server. */
  portalContainer: HTMLElement | null;
  /** True inside a NorthstarProvider. */
  inProvider: boolean;
  /** The query client slot the data hooks use (see {@link QueryClientSlot}); undefined outside any provider. */
  queryClientSlot: QueryClientSlot | undefined;
}

export const DEFAULT_CONTEXT: NorthstarContextValue = {
  adapter: undefined,
  locale: 'en-US',
  messages: {},
  appearance: 'light',
  direction: 'ltr',
  portalContainer: null,
  inProvider: false,
  queryClientSlot: undefined,
};

/** React context behind `useNorthstar`. */
export const NorthstarContext = createContext<NorthstarContextValue>(DEFAULT_CONTEXT);
