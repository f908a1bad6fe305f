import type { NorthstarAdapter } from '@northstar/core';
// Type only: the provider never loads TanStack Query; the data hooks do, when a connected widget is rendered.
import type { QueryClient } from '@tanstack/react-query';
import { type CSSProperties, type ReactElement, type ReactNode, useContext, useMemo, useState } from 'react';
import { warnInvalidProp } from '../internal/warnOnce.js';
import { DEFAULT_THEME } from '../theme/createTheme.js';
import type { NorthstarTheme } from '../theme/theme.types.js';
import { themeVariables } from '../theme/themeVariables.js';
import {
  type Appearance,
  NorthstarContext,
  type NorthstarContextValue,
  type NorthstarMessages,
  type QueryClientSlot,
} from './NorthstarContext.js';
import { textDirection } from './textDirection.js';

/**
 * Props of {@link NorthstarProvider}; all optional. A nested provider inherits every prop it does not set.
 *
 * @example
 * const props: NorthstarProviderProps = { adapter, theme: createTheme({ accent: '#0f766e' }), locale: 'de-DE' };
 */
export interface NorthstarProviderProps {
  /** The host's data adapter for connected widgets; inherited from an outer provider when omitted. */
  adapter?: NorthstarAdapter;
  /** Tokens from `createTheme`; without it a nested provider keeps the outer theme, a top-level one `DEFAULT_THEME`. */
  theme?: NorthstarTheme;
  /**
   * `light` (default for a top-level provider; a nested one inherits), `dark`, `system` (the OS setting) or
   * `inherit` (the host page's CSS `color-scheme` or `data-ns-color-scheme` attribute, never the OS by itself).
   */
  appearance?: Appearance;
  /** BCP 47 locale for numbers, dates and direction; default the outer provider's, else `en-US`. */
  locale?: string;
  /** Message overrides by key (string or plural object), merged over the outer provider's and the catalogues. */
  messages?: NorthstarMessages;
  /**
   * The TanStack Query client for adapter caching (pass the host's own to share one cache); default the outer
   * provider's (same adapter), else one created when a connected widget first needs it.
   */
  queryClient?: QueryClient;
  /** Writing direction; default derived from the locale (rtl for ar, he, fa, ur, …). */
  dir?: 'ltr' | 'rtl';
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
}

const APPEARANCES: readonly Appearance[] = ['light', 'dark', 'system', 'inherit'];
const EMPTY_STYLE: Readonly<Record<string, string>> = Object.freeze({});

function validAppearance(appearance: unknown, fallback: Appearance): Appearance {
  if (appearance === undefined) return fallback;
  if (APPEARANCES.includes(appearance as Appearance)) return appearance as Appearance;
  warnInvalidProp(
    'NorthstarProvider',
    'appearance',
    appearance,
    'must be light, dark, system or inherit',
    `using ${fallback}`,
  );
  return fallback;
}

function validLocale(locale: unknown, fallback: string): string {
  if (locale === undefined) return fallback;
  try {
    const [canonical] = Intl.getCanonicalLocales(locale as string);
    if (canonical) return canonical;
  } catch {
    // reported below
  }
  warnInvalidProp(
    'NorthstarProvider',
    'locale',
    locale,
    'must be a BCP 47 language tag',
    `using ${fallback}`,
  );
  return fallback;
}

function validDir(dir: unknown, locale: string): 'ltr' | 'rtl' | undefined {
  if (dir === undefined || dir === 'ltr' || dir === 'rtl') return dir;
  warnInvalidProp('NorthstarProvider', 'dir', dir, 'must be ltr or rtl', `using the direction of ${locale}`);
  return undefined;
}

/**
 * Supplies adapter, theme, appearance, locale and messages to every Northstar widget inside it, through ONE wrapper
 * `<div data-ns-root lang dir>` that carries the theme as CSS custom properties (never on `:root`) and hosts dialog
 * portals. It loads no TanStack Query itself: connected widgets' data hooks do, on first use.
 *
 * @example
 * <NorthstarProvider adapter={adapter} theme={createTheme({ accent: '#0f766e' })} appearance="dark" locale="de-DE">
 *   <KpiGauge kpiId="k-001" />
 * </NorthstarProvider>
 */
export function NorthstarProvider({
  adapter,
  theme,
  appearance,
  locale,
  messages,
  queryClient,
  dir,
  className,
  style,
  children,
}: NorthstarProviderProps): ReactElement {
  const outer = useContext(NorthstarContext);
  // The wrapper element, known only after mount (never on the server): dialogs portal into it to stay themed.
  const [portalContainer, setPortalContainer] = useState<HTMLElement | null>(null);

  // Unset: a nested provider keeps the outer one's appearance, a top-level one is light. "inherit" is resolved by
  // CSS (the root inherits the host's color-scheme), so it is kept as is even inside another root.
  const resolvedAppearance = validAppearance(appearance, outer.inProvider ? outer.appearance : 'light');
  const resolvedLocale = validLocale(locale, outer.inProvider ? outer.locale : 'en-US');
  const explicitDir = validDir(dir, resolvedLocale);
  const direction =
    explicitDir ??
    (locale === undefined && outer.inProvider ? outer.direction : textDirection(resolvedLocale));
  const resolvedAdapter = adapter ?? (outer.inProvider ? outer.adapter : undefined);

  const outerMessages = outer.inProvider ? outer.messages : undefined;
  const mergedMessages = useMemo(
    () => (outerMessages && messages ? { ...outerMessages, ...messages } : (messages ?? outerMessages ?? {})),
    [outerMessages, messages],
  );

  // Query keys are not scoped per adapter, so the outer client is shared only while the adapter is the same one.
  // The own slot is one object per provider instance; the data layer fills it on first use.
  const [ownSlot] = useState<QueryClientSlot>(() => ({ client: undefined }));
  const shareOuter =
    outer.inProvider && outer.queryClientSlot !== undefined && resolvedAdapter === outer.adapter;
  const queryClientSlot = useMemo<QueryClientSlot>(
    () => (queryClient ? { client: queryClient } : shareOuter ? outer.queryClientSlot! : ownSlot),
    [queryClient, shareOuter, outer.queryClientSlot, ownSlot],
  );

  // A nested provider without a theme writes nothing, so the outer root's --ns-l-*/--ns-d-* flow in by inheritance.
  const variables =
    theme !== undefined
      ? themeVariables(theme)
      : outer.inProvider
        ? EMPTY_STYLE
        : themeVariables(DEFAULT_THEME);
  const rootStyle = useMemo(() => ({ ...variables, ...style }) as CSSProperties, [variables, style]);

  const value = useMemo<NorthstarContextValue>(
    () => ({
      adapter: resolvedAdapter,
      locale: resolvedLocale,
      messages: mergedMessages,
      appearance: resolvedAppearance,
      direction,
      portalContainer,
      inProvider: true,
      queryClientSlot,
    }),
    [
      resolvedAdapter,
      resolvedLocale,
      mergedMessages,
      resolvedAppearance,
      direction,
      portalContainer,
      queryClientSlot,
    ],
  );

  return (
    <NorthstarContext.Provider value={value}>
      <div
        ref={setPortalContainer}
        data-ns-root=""
        data-ns-appearance={resolvedAppearance}
        lang={resolvedLocale}
        dir={direction}
        className={className}
        style={rootStyle}
      >
        {children}
      </div>
    </NorthstarContext.Provider>
  );
}
