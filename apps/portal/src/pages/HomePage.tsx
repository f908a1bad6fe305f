import type { Goal } from '@northstar/core';
import { type GoalCheckInEvent, GoalTree } from '@northstar/react/goal-tree';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { MyKpis } from '../components/MyKpis';
import { OpenRequests } from '../components/OpenRequests';
import { ProgressText } from '../components/ProgressText';
import { QueryState } from '../components/QueryState';
import { ancestorsOf, goalRollup } from '../data/goalProgress';
import { portalAdapter } from '../data/portalAdapter';
import { indexGoals, useCycleGoals, usePeople } from '../data/portalQueries';
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
    const expanded = [...leadsTo.keys(), ...mine.map((g) => g.id)];
    // The owners on screen (mine and those of the goals mine lead to), so the tree shows their names and initials.
    const ownerIds = [
      ...new Set([personId, ...[...leadsTo.values()].flatMap((g) => (g.ownerId ? [g.ownerId] : []))]),
    ].sort();
    return { roots, leadsTo: [...leadsTo.values()], expanded, ownerIds, rollup: goalRollup(goals) };
  }, [goals, personId]);
  const owners = usePeople({ ids: model.ownerIds });
  const queryClient = useQueryClient();
  // Controlled tree: it shows the check-in at once, rolls back if this rejects, and Retry reuses the key.
  const onCheckIn = useCallback(
    async ({ goalId, input, idempotencyKey }: GoalCheckInEvent) => {
      await portalAdapter.goals.checkIn(goalId, input, {
        idempotencyKey: idempotencyKey ?? crypto.randomUUID(),
      });
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey.includes('goals') });
    },
    [queryClient],
  );

  if (model.roots.length === 0) return <p>{t('home.goalsNone')}</p>;
  return (
    <>
      <GoalTree
        label={t('home.goals')}
        goals={goals}
        people={owners.data}
        filter={{ ownerIds: [personId] }}
        defaultExpanded={model.expanded}
        onCheckIn={onCheckIn}
        toolbar={false}
        height={300}
        columns={['progress']}
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
