import { type Person, placeNineBox, type TalentRecord } from '@northstar/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { portalAdapter } from '../data/portalAdapter';
import { CYCLE_ID } from '../data/portalQueries';
import { usePreferences } from '../prefs/PreferencesContext';

/** Box of a record: the stored one, else core's placement of its scores (the same rule as the server's). */
function boxOf(record: TalentRecord): number | null {
  if (record.box) return record.box;
  if (record.performance === null || record.potential === null) return null;
  return (
    placeNineBox([{ id: record.personId, performance: record.performance, potential: record.potential }])[0]
      ?.box ?? null
  );
}

// Rows from high potential (top) to low; columns from low performance to high: box = 3·potential + performance + 1.
const ROWS = [2, 1, 0];
const COLS = [0, 1, 2];

/**
 * The portal's placeholder talent board (until @northstar/react/nine-box is merged here): a read-only 3×3 grid of
 * who sits where, and a keyboard-friendly form to move a person to another box with a reason.
 */
export function TalentBoard({
  records,
  people,
}: {
  records: readonly TalentRecord[];
  people: ReadonlyMap<string, Person>;
}) {
  const { t } = usePreferences();
  const cells = useMemo(() => {
    const byBox = new Map<number, TalentRecord[]>();
    for (const r of records) {
      const box = boxOf(r);
      if (box === null) continue;
      byBox.set(box, [...(byBox.get(box) ?? []), r]);
    }
    return byBox;
  }, [records]);
  const name = (id: string) => people.get(id)?.name ?? id;
  return (
    <>
      <table className="acme-table acme-ninebox" data-testid="nine-box">
        <caption>{t('talent.caption', { count: records.length })}</caption>
        <thead>
          <tr>
            <td />
            {COLS.map((c) => (
              <th key={c} scope="col">
                {t(`talent.performance.${c}` as never)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r}>
              <th scope="row">{t(`talent.potential.${r}` as never)}</th>
              {COLS.map((c) => {
                const box = 3 * r + c + 1;
                const inBox = cells.get(box) ?? [];
                return (
                  <td key={c} data-box={box}>
                    <span className="acme-ninebox-count">
                      {t('talent.box', { box, count: inBox.length })}
                    </span>
                    <ul>
                      {inBox.map((rec) => (
                        <li key={rec.personId} data-person-id={rec.personId}>
                          {name(rec.personId)}
                        </li>
                      ))}
                    </ul>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <MoveForm records={records} name={name} />
    </>
  );
}

function MoveForm({ records, name }: { records: readonly TalentRecord[]; name: (id: string) => string }) {
  const { t } = usePreferences();
  const id = useId();
  const queryClient = useQueryClient();
  const sorted = useMemo(
    () => [...records].sort((a, b) => name(a.personId).localeCompare(name(b.personId))),
    [records, name],
  );
  const [personId, setPersonId] = useState('');
  const [box, setBox] = useState('');
  const [reason, setReason] = useState('');
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const move = useMutation({
    mutationFn: (input: { personId: string; box: number; reason: string }) => {
      const body = JSON.stringify(input);
      if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
      return portalAdapter.talent.move(
        input.personId,
        { cycleId: CYCLE_ID, box: input.box, reason: input.reason },
        { idempotencyKey: attempt.current.key },
      );
    },
    onSuccess: () => {
      attempt.current = null;
      setReason('');
      return queryClient.invalidateQueries({
        predicate: (q) => q.queryKey.includes('talent') || q.queryKey.includes('talentMoves'),
      });
    },
  });
  const ready = personId !== '' && box !== '' && reason.trim() !== '';
  function submit(event: FormEvent) {
    event.preventDefault();
    if (ready) move.mutate({ personId, box: Number(box), reason: reason.trim() });
  }
  return (
    <form className="acme-move" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('talent.moveTitle')}</h3>
      <label htmlFor={`${id}-person`}>{t('talent.person')}</label>
      <select id={`${id}-person`} value={personId} onChange={(e) => setPersonId(e.target.value)}>
        <option value="">{t('talent.choosePerson')}</option>
        {sorted.map((r) => (
          <option key={r.personId} value={r.personId}>
            {t('talent.personOption', { name: name(r.personId), box: boxOf(r) ?? '–' })}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-box`}>{t('talent.target')}</label>
      <select id={`${id}-box`} value={box} onChange={(e) => setBox(e.target.value)}>
        <option value="">{t('talent.chooseBox')}</option>
        {[9, 8, 7, 6, 5, 4, 3, 2, 1].map((b) => (
          <option key={b} value={b}>
            {t('talent.boxOption', {
              box: b,
              performance: t(`talent.performance.${(b - 1) % 3}` as never),
              potential: t(`talent.potential.${Math.floor((b - 1) / 3)}` as never),
            })}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-reason`}>{t('talent.reason')}</label>
      <textarea id={`${id}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" className="acme-button" disabled={!ready || move.isPending}>
        {t('talent.move')}
      </button>
      <p role="status" className="acme-form-status">
        {move.isSuccess
          ? t('talent.moved', { name: name(move.variables.personId), box: move.variables.box })
          : ''}
      </p>
      {move.isError && (
        <p role="alert" className="acme-error">
          {t('talent.failed', { reason: move.error.message })}
        </p>
      )}
    </form>
  );
}
