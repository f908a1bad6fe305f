import { Link } from 'react-router';
import { usePreferences } from '../prefs/PreferencesContext';

/** What an employee sees on a page for managers and HR: a plain 403, no data fetched. */
export function ForbiddenPage() {
  const { t } = usePreferences();
  return (
    <div className="acme-forbidden" data-status="403">
      <h1>{t('forbidden.title')}</h1>
      <p>{t('forbidden.text')}</p>
      <p>
        <Link to="/">{t('common.home')}</Link>
      </p>
    </div>
  );
}
