import type { Person, TalentRecord } from '@northstar/core';
import { CalibrationPanel, NineBoxGrid, type NineBoxMove } from '@northstar/react/nine-box';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useState } from 'react';
import { QueryState } from '../components/QueryState';
import { portalAdapter } from '../data/portalAdapter';
import { CYCLE_ID, usePeople, useTalent, useTalentMoves } from '../data/portalQueries';
import { usePreferences } from '../prefs/PreferencesContext';
import { useSignedIn } from '../session/SessionContext';
import { ForbiddenPage } from './ForbiddenPage';
import { usePageTitle } from './usePageTitle';

/** The talent review: the 9-box grid and calibration panel for HR admins (everyone) and managers (their org). */
export function TalentPage() {
  const { role, person } = useSignedIn();
  const { t } = usePreferences();
  usePageTitle(t('nav.talent'));
  const allowed = role !== 'employee';
  const talent = useTalent(allowed);
  const ids = (talent.data ?? []).map((r) => r.personId);
  const people = usePeople({ ids }, ids.length > 0);
  const moves = useTalentMoves(allowed);
  if (!allowed) return <ForbiddenPage />;
  return (
    <>
      <h1>{t('talent.title')}</h1>
      <p className="acme-muted">{t(role === 'hr-admin' ? 'talent.introHr' : 'talent.introManager')}</p>
      <QueryState query={talent}>
        {(records) => (
          <TalentReview
            records={records}
            people={people.data ?? []}
            movedBy={person.id}
            label={t('talent.title')}
          />
        )}
      </QueryState>
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
                        name: (people.data ?? []).find((p) => p.id === m.personId)?.name ?? m.personId,
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

function TalentReview({
  records,
  people,
  movedBy,
  label,
}: {
  records: readonly TalentRecord[];
  people: readonly Person[];
  movedBy: string;
  label: string;
}) {
  const queryClient = useQueryClient();
  const { t } = usePreferences();
  const id = useId();
  const [department, setDepartment] = useState('');
  const [managerId, setManagerId] = useState('');
  const managerIds = useMemo(
    () => [...new Set(people.map((p) => p.managerId).filter((m): m is string => Boolean(m)))].sort(),
    [people],
  );
  const managers = usePeople({ ids: managerIds }, managerIds.length > 0);
  const directory = useMemo(() => {
    const known = new Set(people.map((p) => p.id));
    return [...people, ...(managers.data ?? []).filter((m) => !known.has(m.id))];
  }, [people, managers.data]);
  const departments = useMemo(
    () => [...new Set(people.map((p) => p.department).filter((d): d is string => Boolean(d)))].sort(),
    [people],
  );
  const filter = useMemo(
    () => ({ ...(department ? { department } : {}), ...(managerId ? { managerId } : {}) }),
    [department, managerId],
  );
  const byPerson = useMemo(() => new Map(records.map((r) => [r.personId, r])), [records]);
  // The grid calls onMove once per confirmed move and rolls its card back if the promise rejects.
  const onMove = useCallback(
    async (move: NineBoxMove) => {
      await portalAdapter.talent.move(
        move.personId,
        {
          cycleId: CYCLE_ID,
          performance: move.performance,
          potential: move.potential,
          ...(move.toBox === null ? {} : { box: move.toBox }),
          reason: move.reason,
          movedBy,
          ...(move.expectedUpdatedAt ? { expectedUpdatedAt: move.expectedUpdatedAt } : {}),
        },
        { idempotencyKey: crypto.randomUUID() },
      );
      await queryClient.invalidateQueries({
        predicate: (q) => q.queryKey.includes('talent') || q.queryKey.includes('talentMoves'),
      });
    },
    [movedBy, queryClient],
  );
  return (
    <>
      <section
        className="acme-card acme-wide"
        data-testid="nine-box"
        data-records={byPerson.size}
        aria-labelledby="talent-grid"
      >
        <h2 id="talent-grid">{t('talent.grid')}</h2>
        <div className="acme-filters">
          <label htmlFor={`${id}-department`}>{t('talent.department')}</label>
          <select id={`${id}-department`} value={department} onChange={(e) => setDepartment(e.target.value)}>
            <option value="">{t('talent.everyone')}</option>
            {departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-team`}>{t('talent.team')}</label>
          <select id={`${id}-team`} value={managerId} onChange={(e) => setManagerId(e.target.value)}>
            <option value="">{t('talent.everyone')}</option>
            {managerIds.map((m) => (
              <option key={m} value={m}>
                {directory.find((p) => p.id === m)?.name ?? m}
              </option>
            ))}
          </select>
        </div>
        <NineBoxGrid
          records={records}
          people={directory}
          filter={filter}
          onMove={onMove}
          label={label}
          movedBy={movedBy}
        />
      </section>
      {/* The panel is its own labelled region with its own heading. */}
      <div className="acme-card acme-wide">
        <CalibrationPanel records={records} people={directory} filter={filter} />
      </div>
    </>
  );
}
