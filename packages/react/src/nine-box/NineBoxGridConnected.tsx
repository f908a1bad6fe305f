import { forwardRef, useCallback, useMemo } from 'react';
import { useMoveTalent } from '../data/useMoveTalent.js';
import { usePeople } from '../data/usePeople.js';
import { useTalent } from '../data/useTalent.js';
import { useTalentMoves } from '../data/useTalentMoves.js';
import { useStandaloneRoot } from '../internal/useStandaloneRoot.js';
import { NineBoxGridView } from './NineBoxGridView.js';
import type { NineBoxMove } from './nineBox.types.js';
import type { NineBoxGridProps } from './nineBoxGrid.types.js';
import type { NineBoxMessageKey } from './nineBoxText.types.js';
import { useNineBoxText } from './useNineBoxText.js';

/**
 * The connected grid: reads the cycle's records (`talent.list`), the directory (`people.list`) and the move history
 * (`talent.listMoves`, when the adapter keeps one) through the provider's adapter, and saves each confirmed move with
 * `talent.move` (idempotency key, optimistic, rolled back on failure). A `CONFLICT` — someone else moved the person
 * meanwhile — shows both placements and lets the user keep theirs or move anyway.
 *
 * @example
 * <NorthstarProvider adapter={adapter}><NineBoxGridConnected cycleId="2026-h2" label="Talent review" /></NorthstarProvider>
 */
export const NineBoxGridConnected = forwardRef<HTMLDivElement, NineBoxGridProps & { cycleId: string }>(
  function NineBoxGridConnected(props, ref) {
    const { cycleId, people: givenPeople, onMove, readOnly, ...rest } = props;
    const query = useMemo(() => ({ cycleId }), [cycleId]);
    const talent = useTalent(query);
    const directory = usePeople({}, { enabled: givenPeople === undefined });
    const moves = useTalentMoves(query);
    const move = useMoveTalent();
    const { t } = useNineBoxText();
    const standaloneRoot = useStandaloneRoot();
    const people = givenPeople ?? directory.data;

    const save = useCallback(
      (m: NineBoxMove) => {
        onMove?.(m);
        const change: Parameters<typeof move.mutateAsync>[0]['move'] = {
          cycleId,
          performance: m.performance,
          potential: m.potential,
          reason: m.reason,
        };
        if (m.toBox !== null) change.box = m.toBox;
        if (m.expectedUpdatedAt !== undefined) change.expectedUpdatedAt = m.expectedUpdatedAt;
        return move.mutateAsync({ personId: m.personId, move: change });
      },
      [cycleId, move.mutateAsync, onMove],
    );

    const frame = {
      ...standaloneRoot,
      className: ['ns-nine-box', props.className].filter(Boolean).join(' '),
    };
    if (talent.status === 'pending' || (givenPeople === undefined && directory.status === 'pending')) {
      return (
        <div ref={ref} {...frame} data-state="loading" aria-busy="true">
          <p role="status">{t('nineBox.loading')}</p>
        </div>
      );
    }
    if (talent.status === 'error') {
      return (
        <div ref={ref} {...frame} data-state="error">
          <p className="ns-nine-box-error" role="alert">
            {t('nineBox.error')} {talent.error?.message}
          </p>
          <button type="button" className="ns-nine-box-button" onClick={talent.refetch}>
            {t('nineBox.retry')}
          </button>
        </div>
      );
    }
    const records = talent.data ?? [];
    if (records.length === 0) {
      return (
        <div ref={ref} {...frame} data-state="empty">
          <p>{t('nineBox.empty')}</p>
        </div>
      );
    }
    const conflict = move.conflict;
    // Box names of the default grid; other grids name the box by number (the scores are in the history).
    const standard = (props.performanceCuts?.length ?? 2) === 2 && (props.potentialCuts?.length ?? 2) === 2;
    const titleOf = (box: number | undefined) =>
      box === undefined
        ? t('nineBox.unplaced')
        : standard && box >= 1 && box <= 9
          ? t(`nineBox.box.${box}` as NineBoxMessageKey)
          : String(box);
    const banner = conflict ? (
      <div className="ns-nine-box-failure" role="alert" data-state="conflict">
        <strong>
          {t('nineBox.conflictTitle', {
            name: people?.find((p) => p.id === conflict.personId)?.name ?? conflict.personId,
          })}
        </strong>
        <span>
          {t('nineBox.conflictBody', {
            name: people?.find((p) => p.id === conflict.personId)?.name ?? conflict.personId,
            theirs: titleOf(conflict.current.box),
            yours: titleOf(conflict.attempted.box),
          })}
        </span>
        <button type="button" className="ns-nine-box-button" onClick={move.reset}>
          {t('nineBox.keepTheirs', { box: titleOf(conflict.current.box) })}
        </button>
        <button
          type="button"
          className="ns-nine-box-button"
          onClick={() => {
            const attempt = { ...conflict.attempted };
            if (conflict.current.updatedAt !== undefined)
              attempt.expectedUpdatedAt = conflict.current.updatedAt;
            move.mutate({ personId: conflict.personId, move: attempt });
          }}
        >
          {t('nineBox.keepMine', { box: titleOf(conflict.attempted.box) })}
        </button>
      </div>
    ) : null;
    return (
      <NineBoxGridView
        ref={ref}
        {...rest}
        records={records}
        people={people}
        moves={moves.data}
        readOnly={readOnly || !move.canMove}
        onMove={save}
        banner={banner}
      />
    );
  },
);
