import { useMemo } from 'react';
import { QueryState } from '../components/QueryState';
import { TalentBoard } from '../components/TalentBoard';
import { usePeople, useTalent, useTalentMoves } from '../data/portalQueries';
import { usePreferences } from '../prefs/PreferencesContext';
import { useSignedIn } from '../session/SessionContext';
import { ForbiddenPage } from './ForbiddenPage';
import { usePageTitle } from './usePageTitle';

/** The talent review: the 9-box and recent moves, for HR admins (everyone) and managers (their organisation). */
export function TalentPage() {
  const { role } = useSignedIn();
  const { t } = usePreferences();
  usePageTitle(t('nav.talent'));
  const allowed = role !== 'employee';
  const talent = useTalent(allowed);
  const ids = (talent.data ?? []).map((r) => r.personId);
  const people = usePeople({ ids }, ids.length > 0);
  const moves = useTalentMoves(allowed);
  const byId = useMemo(() => new Map((people.data ?? []).map((p) => [p.id, p])), [people.data]);
  if (!allowed) return <ForbiddenPage />;
  return (
    <>
      <h1>{t('talent.title')}</h1>
      <p className="acme-muted">{t(role === 'hr-admin' ? 'talent.introHr' : 'talent.introManager')}</p>
      <section className="acme-card acme-wide">
        <QueryState query={talent}>{(records) => <TalentBoard records={records} people={byId} />}</QueryState>
      </section>
      <section className="acme-card" aria-labelledby="talent-moves">
        <h2 id="talent-moves">{t('talent.moves')}</h2>
        <QueryState query={moves}>
          {(list) =>
            list.length === 0 ? (
              <p>{t('talent.noMoves')}</p>
            ) : (
              <ul className="acme-list" data-testid="talent-moves">
                {[...list]
                  .sort((a, b) => b.at.localeCompare(a.at))
                  .slice(0, 10)
                  .map((m) => (
                    <li key={m.id}>
                      {t('talent.moveItem', {
                        name: byId.get(m.personId)?.name ?? m.personId,
                        from: m.from.box ?? '–',
                        to: m.to.box ?? '–',
                        reason: m.reason,
                      })}
                    </li>
                  ))}
              </ul>
            )
          }
        </QueryState>
      </section>
    </>
  );
}
