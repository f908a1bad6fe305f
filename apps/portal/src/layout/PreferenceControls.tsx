import { useId } from 'react';
import { PORTAL_LOCALES, type PortalLocale } from '../i18n/translate';
import { type PortalAppearance, usePreferences } from '../prefs/PreferencesContext';

/** Language and appearance switches (labelled selects, so they work by keyboard and screen reader). */
export function PreferenceControls() {
  const { locale, appearance, setLocale, setAppearance, t } = usePreferences();
  const id = useId();
  return (
    <div className="acme-prefs">
      {/* Each label stays with its select when the header wraps on a phone. */}
      <span className="acme-pref">
        <label htmlFor={`${id}-locale`}>{t('prefs.language')}</label>
        <select
          id={`${id}-locale`}
          value={locale}
          onChange={(e) => setLocale(e.target.value as PortalLocale)}
        >
          {PORTAL_LOCALES.map((l) => (
            <option key={l.id} value={l.id} lang={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </span>
      <span className="acme-pref">
        <label htmlFor={`${id}-appearance`}>{t('prefs.appearance')}</label>
        <select
          id={`${id}-appearance`}
          value={appearance}
          onChange={(e) => setAppearance(e.target.value as PortalAppearance)}
        >
          <option value="light">{t('prefs.light')}</option>
          <option value="dark">{t('prefs.dark')}</option>
          <option value="system">{t('prefs.system')}</option>
        </select>
      </span>
    </div>
  );
}
