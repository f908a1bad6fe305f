import { usePreferences } from '../prefs/PreferencesContext';

/** A progress figure from core (0–1 or null) as a percentage with a decorative bar; "no data" is never shown as 0. */
export function ProgressText({ value }: { value: number | null }) {
  const { locale, t } = usePreferences();
  if (value === null) return <span className="acme-progress acme-progress-none">{t('goals.noData')}</span>;
  const text = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  return (
    <span className="acme-progress" data-value={value.toFixed(4)}>
      <span className="acme-progress-bar" aria-hidden="true">
        <span style={{ inlineSize: `${Math.min(1, Math.max(0, value)) * 100}%` }} />
      </span>
      <span className="acme-progress-text">{text}</span>
    </span>
  );
}
