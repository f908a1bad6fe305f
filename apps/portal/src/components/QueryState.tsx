import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { usePreferences } from '../prefs/PreferencesContext';

/** Loading / error (with retry) around a portal query; renders `children(data)` once it is there. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = usePreferences();
  if (query.isPending) return <p className="acme-loading">{t('common.loading')}</p>;
  if (query.isError) {
    return (
      <div role="alert" className="acme-error">
        <p>{t('common.error', { reason: query.error.message })}</p>
        <button type="button" className="acme-button" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
