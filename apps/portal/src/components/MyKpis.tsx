import type { Person } from '@northstar/core';
import { KpiGauge } from '@northstar/react/kpi-gauge';
import { useQuery } from '@tanstack/react-query';
import { portalAdapter } from '../data/portalAdapter';
import { usePreferences } from '../prefs/PreferencesContext';
import { QueryState } from './QueryState';

/** The viewer's KPIs as connected gauges; people who own none see their department's (said so in the heading). */
export function MyKpis({ person }: { person: Person }) {
  const { t } = usePreferences();
  const query = useQuery({
    queryKey: ['portal', 'kpis', 'mine', person.id, person.department],
    queryFn: async ({ signal }) => {
      const own = await portalAdapter.kpis.list({ ownerId: person.id }, { signal });
      if (own.length > 0 || !person.department) return { own: true, kpis: own };
      return {
        own: false,
        kpis: await portalAdapter.kpis.list({ department: person.department }, { signal }),
      };
    },
  });
  return (
    <QueryState query={query}>
      {({ own, kpis }) => (
        <>
          <p className="acme-muted">
            {own ? t('home.kpisOwn') : t('home.kpisDepartment', { department: person.department ?? '' })}
          </p>
          {kpis.length === 0 ? (
            <p>{t('home.kpisNone')}</p>
          ) : (
            <ul className="acme-gauges">
              {kpis.slice(0, 4).map((k) => (
                <li key={k.id}>
                  <KpiGauge kpiId={k.id} size="sm" />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </QueryState>
  );
}
