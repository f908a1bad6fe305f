import type { Goal } from '@northstar/core';
import { useMemo } from 'react';
import { GoalOutline } from '../components/GoalOutline';
import { MyKpis } from '../components/MyKpis';
import { OpenRequests } from '../components/OpenRequests';
import { ProgressText } from '../components/ProgressText';
import { QueryState } from '../components/QueryState';
import { ancestorsOf, childrenIndex, goalRollup } from '../data/goalProgress';
import { indexGoals, useCycleGoals } from '../data/portalQueries';
import { usePreferences } from '../prefs/PreferencesContext';
import { useSignedIn } from '../session/SessionContext';
import { usePageTitle } from './usePageTitle';

/** My goals (with check-ins and where they lead), my KPIs as gauges, the feedback I was asked to give. */
export function HomePage() {
  const { person } = useSignedIn();
  const { t } = usePreferences();
  usePageTitle(t('nav.home'));
  const goals = useCycleGoals();
  return (
    <>
      <h1>{t('home.title', { name: person.name.split(' ')[0] ?? person.name })}</h1>
      <div className="acme-grid">
        <section className="acme-card acme-span-2" aria-labelledby="home-goals">
          <h2 id="home-goals">{t('home.goals')}</h2>
          <QueryState query={goals}>{(all) => <MyGoals goals={all} personId={person.id} />}</QueryState>
        </section>
        <section className="acme-card" aria-labelledby="home-requests">
          <h2 id="home-requests">{t('home.requests')}</h2>
          <OpenRequests raterId={person.id} />
        </section>
        <section className="acme-card acme-span-3" aria-labelledby="home-kpis">
          <h2 id="home-kpis">{t('home.kpis')}</h2>
          <MyKpis person={person} />
        </section>
      </div>
    </>
  );
}

function MyGoals({ goals, personId }: { goals: readonly Goal[]; personId: string }) {
  const { t } = usePreferences();
  const model = useMemo(() => {
    const byId = indexGoals(goals);
    const mine = goals.filter((g) => g.ownerId === personId);
    const mineIds = new Set(mine.map((g) => g.id));
    const roots = mine.filter((g) => !(g.parentId && mineIds.has(g.parentId)));
    const leadsTo = new Map<string, Goal>();
    for (const root of roots) for (const a of ancestorsOf(root, byId)) leadsTo.set(a.id, a);
    return {
      roots,
      leadsTo: [...leadsTo.values()],
      children: childrenIndex(goals),
      rollup: goalRollup(goals),
    };
  }, [goals, personId]);

  if (model.roots.length === 0) return <p>{t('home.goalsNone')}</p>;
  return (
    <>
      <GoalOutline
        label={t('home.goals')}
        roots={model.roots}
        childrenOf={model.children}
        progressOf={model.rollup}
        defaultExpanded={model.roots.map((g) => g.id)}
        canCheckIn={(g) => g.ownerId === personId && g.level === 'key-result'}
      />
      {model.leadsTo.length > 0 && (
        <>
          <h3>{t('home.leadsTo')}</h3>
          <ul className="acme-list" aria-label={t('home.leadsTo')}>
            {model.leadsTo.map((g) => (
              <li key={g.id} data-goal-id={g.id} className="acme-leads-to">
                <span>
                  {g.level && <span className="acme-tag">{t(`level.${g.level}`)}</span>}
                  {g.title}
                </span>
                <ProgressText value={model.rollup.value(g.id)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
