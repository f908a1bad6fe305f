import { KpiTable } from '@northstar/react/kpi-table';
import { useSearchParams } from 'react-router';
import { usePreferences } from '../prefs/PreferencesContext';
import { usePageTitle } from './usePageTitle';

/** The KPI table widget, connected; its department filter lives in the URL (?department=) so views can be shared. */
export function KpisPage() {
  const { t } = usePreferences();
  usePageTitle(t('nav.kpis'));
  const [params, setParams] = useSearchParams();
  const department = params.get('department') ?? '';
  const status = params.get('status') ?? '';
  return (
    <>
      <h1>{t('kpis.title')}</h1>
      <p className="acme-muted">{t('kpis.intro')}</p>
      <section className="acme-card acme-wide">
        <KpiTable
          label={t('kpis.title')}
          filters={{ department, status }}
          onFiltersChange={(f) => {
            const next = new URLSearchParams(params);
            for (const [key, value] of Object.entries({ department: f.department, status: f.status })) {
              if (value) next.set(key, value);
              else next.delete(key);
            }
            setParams(next, { replace: true });
          }}
        />
      </section>
    </>
  );
}
