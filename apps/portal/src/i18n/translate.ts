import { PORTAL_MESSAGES, type PortalMessageKey } from './portalMessages';

/** The locales the portal's switch offers; the widgets' catalogues cover these and more. */
export const PORTAL_LOCALES = [
  { id: 'en-US', label: 'English' },
  { id: 'de-DE', label: 'Deutsch' },
  { id: 'ar-EG', label: 'العربية' },
] as const;

export type PortalLocale = (typeof PORTAL_LOCALES)[number]['id'];

export type PortalTranslate = (key: PortalMessageKey, params?: Record<string, string | number>) => string;

/** The portal's own tiny translator (a host usually has its own i18n; Northstar's widgets bring their catalogues). */
export function createPortalTranslate(locale: PortalLocale): PortalTranslate {
  const catalogue = PORTAL_MESSAGES[locale.slice(0, 2) as keyof typeof PORTAL_MESSAGES] ?? PORTAL_MESSAGES.en;
  const numbers = new Intl.NumberFormat(locale);
  return (key, params) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
}
