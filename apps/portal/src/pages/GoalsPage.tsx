import { GoalTree } from '@northstar/react/goal-tree';
import { CYCLE_ID } from '../data/portalQueries';
import { usePreferences } from '../prefs/PreferencesContext';
import { usePageTitle } from './usePageTitle';

/**
 * The company goal tree of the cycle, connected: it reads and writes through the portal's REST adapter (check-ins,
 * re-alignment with core's cycle check); the server decides what the signed-in role may change.
 */
export function GoalsPage() {
  const { t } = usePreferences();
  usePageTitle(t('nav.goals'));
  return (
    <>
      <h1>{t('goals.title')}</h1>
      <p className="acme-muted">{t('goals.intro')}</p>
      <section className="acme-card acme-wide" aria-label={t('goals.title')}>
        <GoalTree label={t('goals.title')} cycleId={CYCLE_ID} height={560} />
      </section>
    </>
  );
}
