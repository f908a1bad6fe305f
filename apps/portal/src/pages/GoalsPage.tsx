import { useMemo } from 'react';
import { GoalOutline } from '../components/GoalOutline';
import { QueryState } from '../components/QueryState';
import { childrenIndex, goalRollup } from '../data/goalProgress';
import { useCycleGoals } from '../data/portalQueries';
import { usePreferences } from '../prefs/PreferencesContext';
import { useSignedIn } from '../session/SessionContext';
import { usePageTitle } from './usePageTitle';

/** The company goal tree of the cycle: objectives → departments → teams → people → key results. */
export function GoalsPage() {
  const { t } = usePreferences();
  const { person } = useSignedIn();
  usePageTitle(t('nav.goals'));
  const goals = useCycleGoals();
  return (
    <>
      <h1>{t('goals.title')}</h1>
      <p className="acme-muted">{t('goals.intro')}</p>
      <section className="acme-card">
        <QueryState query={goals}>
          {(all) => <CompanyTree goals={all} personId={person.id} label={t('goals.title')} />}
        </QueryState>
      </section>
    </>
  );
}

function CompanyTree({
  goals,
  personId,
  label,
}: {
  goals: Parameters<typeof goalRollup>[0];
  personId: string;
  label: string;
}) {
  const model = useMemo(() => {
    const children = childrenIndex(goals);
    return { roots: children.get(null) ?? [], children, rollup: goalRollup(goals) };
  }, [goals]);
  return (
    <GoalOutline
      label={label}
      roots={model.roots}
      childrenOf={model.children}
      progressOf={model.rollup}
      canCheckIn={(g) => g.ownerId === personId && g.level === 'key-result'}
    />
  );
}
