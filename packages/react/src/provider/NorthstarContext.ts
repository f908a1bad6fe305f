import type { Kpi, NorthstarAdapter } from '@northstar/core';
import { createContext } from 'react';
import type { NorthstarQueryResult } from '../data/data.types.js';

/** Light, dark, or follow the host (`prefers-color-scheme` and any enclosing Northstar root). */
export type Appearance = 'light' | 'dark' | 'inherit';

/** Replaceable UI strings, flat keys such as `kpiGauge.loading`; `{name}` placeholders are filled per call. */
export type NorthstarMessages = Readonly<Record<string, string>>;

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
  /** BCP 47 locale for Intl formatting, e.g. `de-DE`. */
  locale: string;
  /** Message overrides merged over each widget's defaults. */
  messages: NorthstarMessages;
  appearance: Appearance;
  /** Writing direction of the root (from `dir` or the locale). */
  direction: 'ltr' | 'rtl';
  /** The `[data-ns-root]` element: dialogs portal into it so they stay themed. Null before mount / on the server. */
  portalContainer: HTMLElement | null;
  /** True inside a NorthstarProvider. */
  inProvider: boolean;
  /**
   * The provider's KPI reader. Handed down through context so a widget subpath never imports the data layer (and
   * TanStack Query) itself: a host that only renders controlled widgets does not bundle it.
   */
  useKpi?: (id: string | undefined) => NorthstarQueryResult<Kpi>;
}

export const DEFAULT_CONTEXT: NorthstarContextValue = {
  adapter: undefined,
  locale: 'en-US',
  messages: {},
  appearance: 'inherit',
  direction: 'ltr',
  portalContainer: null,
  inProvider: false,
};

/** React context behind `useNorthstar`. */
export const NorthstarContext = createContext<NorthstarContextValue>(DEFAULT_CONTEXT);
