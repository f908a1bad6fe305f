import { Link } from 'react-router';
import { usePreferences } from '../prefs/PreferencesContext';
import { usePageTitle } from './usePageTitle';

export function NotFoundPage() {
  const { t } = usePreferences();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('common.home')}</Link>
      </p>
    </>
  );
}
