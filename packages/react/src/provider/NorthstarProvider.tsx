import type { NorthstarAdapter } from '@northstar/core';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import {
  type CSSProperties,
  type ReactElement,
  type ReactNode,
  useContext,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useKpi } from '../data/useKpi.js';
import { warnInvalidProp } from '../internal/warnOnce.js';
import { DEFAULT_THEME } from '../theme/createTheme.js';
import type { NorthstarTheme } from '../theme/theme.types.js';
import { themeVariables } from '../theme/themeVariables.js';
import {
  type Appearance,
  NorthstarContext,
  type NorthstarContextValue,
  type NorthstarMessages,
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
  /** `inherit` (default) follows an enclosing provider's appearance, else the host's `prefers-color-scheme`. */
  appearance?: Appearance;
  /** BCP 47 locale for numbers, dates and direction; default the outer provider's, else `en-US`. */
  locale?: string;
  /** String overrides, merged over the outer provider's. */
  messages?: NorthstarMessages;
  /** The react-query client for adapter caching; default the outer provider's (same adapter), else a new one. */
  queryClient?: QueryClient;
  /** Writing direction; default derived from the locale (rtl for ar, he, fa, ur, …). */
  dir?: 'ltr' | 'rtl';
  className?: string;
  style?: CSSProperties;
  children?: ReactNode;
}

const APPEARANCES: readonly Appearance[] = ['light', 'dark', 'inherit'];
const EMPTY_STYLE: Readonly<Record<string, string>> = Object.freeze({});

function validAppearance(appearance: unknown): Appearance {
  if (appearance === undefined) return 'inherit';
  if (APPEARANCES.includes(appearance as Appearance)) return appearance as Appearance;
  warnInvalidProp(
    'NorthstarProvider',
    'appearance',
    appearance,
    'must be light, dark or inherit',
    'using inherit',
  );
  return 'inherit';
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
 * `<div data-ns-root>` that carries the theme as CSS custom properties (never on `:root`) and hosts dialog portals.
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
  const outerClient = useContext(QueryClientContext);
  // The wrapper element, known only after mount (never on the server): dialogs portal into it to stay themed.
  const [portalContainer, setPortalContainer] = useState<HTMLElement | null>(null);

  const ownAppearance = validAppearance(appearance);
  // "inherit" inside another root means that root's appearance; only the outermost "inherit" asks the media query.
  const resolvedAppearance =
    ownAppearance === 'inherit' && outer.inProvider ? outer.appearance : ownAppearance;
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
  const shareOuterClient = outer.inProvider && outerClient !== undefined && resolvedAdapter === outer.adapter;
  const ownClient = useRef<QueryClient | null>(null);
  let client = queryClient ?? (shareOuterClient ? outerClient : undefined);
  if (client === undefined) {
    // One client per provider instance, created on first need (lazy ref init is render-safe and SSR-safe).
    ownClient.current ??= new QueryClient();
    client = ownClient.current;
  }

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
      useKpi,
    }),
    [resolvedAdapter, resolvedLocale, mergedMessages, resolvedAppearance, direction, portalContainer],
  );

  return (
    <NorthstarContext.Provider value={value}>
      <QueryClientProvider client={client}>
        <div
          ref={setPortalContainer}
          data-ns-root=""
          data-ns-appearance={resolvedAppearance}
          dir={direction}
          className={className}
          style={rootStyle}
        >
          {children}
        </div>
      </QueryClientProvider>
    </NorthstarContext.Provider>
  );
}
