import { textDirection } from '@northstar/react/theme';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import {
  createPortalTranslate,
  PORTAL_LOCALES,
  type PortalLocale,
  type PortalTranslate,
} from '../i18n/translate';

export type PortalAppearance = 'light' | 'dark' | 'system';

export interface Preferences {
  locale: PortalLocale;
  appearance: PortalAppearance;
  /** `appearance` with `system` resolved against the OS setting. */
  resolvedAppearance: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  t: PortalTranslate;
  setLocale(locale: PortalLocale): void;
  setAppearance(appearance: PortalAppearance): void;
}

const PreferencesContext = createContext<Preferences | null>(null);

function stored<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  // ?locale= and ?appearance= win, so a link (or the screenshot script) can open the portal in a given look.
  const fromUrl = new URLSearchParams(window.location.search).get(key.replace('acme.', ''));
  const value = fromUrl ?? window.localStorage.getItem(key);
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function useSystemDark(): boolean {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setDark(list.matches);
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/** Locale and appearance for the whole portal, kept in localStorage and mirrored on `<html>`. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<PortalLocale>(() =>
    stored(
      'acme.locale',
      PORTAL_LOCALES.map((l) => l.id),
      'en-US',
    ),
  );
  const [appearance, setAppearance] = useState<PortalAppearance>(() =>
    stored('acme.appearance', ['light', 'dark', 'system'] as const, 'light'),
  );
  const systemDark = useSystemDark();
  const resolvedAppearance = appearance === 'system' ? (systemDark ? 'dark' : 'light') : appearance;
  const dir = textDirection(locale);

  useEffect(() => {
    window.localStorage.setItem('acme.locale', locale);
    window.localStorage.setItem('acme.appearance', appearance);
    const html = document.documentElement;
    html.lang = locale;
    html.dir = dir;
    html.dataset.appearance = resolvedAppearance;
    html.style.colorScheme = resolvedAppearance;
  }, [locale, appearance, dir, resolvedAppearance]);

  const value = useMemo<Preferences>(
    () => ({
      locale,
      appearance,
      resolvedAppearance,
      dir,
      t: createPortalTranslate(locale),
      setLocale,
      setAppearance,
    }),
    [locale, appearance, resolvedAppearance, dir],
  );
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

/** The portal's preferences and translator. */
export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences needs <PreferencesProvider>');
  return value;
}
