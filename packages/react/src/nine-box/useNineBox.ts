import type { TalentMoveRecord, TalentPlacement, TalentRecord } from '@northstar/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { warnInvalidProp } from '../internal/warnOnce.js';
import { historyCsv, placementsCsv } from './exportNineBox.js';
import { createMoveHistory, dropMove, type MoveHistory, recordMove, undoTarget } from './moveHistory.js';
import { MAX_REASON_LENGTH, type MoveEvent, type MoveState, transition } from './moveMachine.js';
import type { NineBoxInput, NineBoxModel, NineBoxMove, NineBoxPersonView } from './nineBox.types.js';
import type { NineBoxFormat, NineBoxTranslate } from './nineBoxText.types.js';
import { scoresForBox } from './scoresForBox.js';
import { useNineBoxModel } from './useNineBoxModel.js';

/**
 * Options of `useNineBox`: the resolver's input plus the move callback and its limits.
 *
 * @example
 * const grid = useNineBox({ records, people, onMove: (m) => save(m) });
 */
export interface UseNineBoxOptions extends NineBoxInput {
  /**
   * Called once per confirmed move (after the reason dialog's submit, or an undo). Return a promise to keep the move
   * pending; a rejection rolls the card back with a visible message.
   */
  onMove?: (move: NineBoxMove) => unknown;
  /** Moves recorded earlier (e.g. from `talent.listMoves`), shown in the history; not undoable here. */
  moves?: readonly TalentMoveRecord[];
  /** Longest reason accepted, in characters; default 500. */
  maxReasonLength?: number;
  /** No moves (no "Move to…", no drag). */
  readOnly?: boolean;
  /** Recorded as `movedBy` in the local history. */
  movedBy?: string;
}

interface Override {
  /** The record the move was made on; when the host passes a new record, the host's data wins. */
  base: TalentRecord;
  performance: number | null;
  potential: number | null;
  localId: string;
}

/**
 * What `useNineBox` returns: the grid model and everything a custom view needs to move people and announce it.
 *
 * @example
 * const { model, moveState, dispatch, announcement, undo } = useNineBox(props);
 */
export interface NineBoxController {
  model: NineBoxModel;
  t: NineBoxTranslate;
  format: NineBoxFormat;
  locale: string;
  direction: 'ltr' | 'rtl';
  moveState: MoveState;
  /** Feeds the move machine (keyboard, pointer drop, reason typing, submit, cancel); true when a move was confirmed. */
  dispatch: (event: MoveEvent) => boolean;
  /** The polite live-region text. */
  announcement: string;
  /** Replaces the live-region text (a custom view's own steps, e.g. drag and drop). */
  announce: (text: string) => void;
  /** A failed move's message, shown until dismissed or the next move. */
  failure: string | null;
  dismissFailure: () => void;
  history: MoveHistory;
  canUndo: boolean;
  undo: () => void;
  /** Ids of people whose move is being saved. */
  pending: ReadonlySet<string>;
  canMove: boolean;
  /** The person of the current move, if any. */
  movingPerson: NineBoxPersonView | undefined;
  /** The placements as CSV (the CLI's `ninebox` columns). */
  placementsCsv: () => string;
  /** The move history as CSV. */
  historyCsv: () => string;
  maxReasonLength: number;
  /** Set after a confirmed move so the view can focus the person's card in its new box. */
  lastMovedId: string | null;
}

let localCounter = 0;

function boxTitle(model: NineBoxModel, box: number | null, t: NineBoxTranslate): string {
  return box === null ? t('nineBox.unplaced') : (model.boxes[box - 1]?.title ?? String(box));
}

/**
 * The public headless hook of the 9-box grid: the resolved model (core placement, counts, shares), the keyboard /
 * pointer move machine with its reason step, optimistic moves with rollback, the undo history, the live-region
 * text and CSV exports — for hosts that render their own markup.
 *
 * @example
 * const grid = useNineBox({ records, people, onMove });
 * grid.dispatch({ type: 'start', personId: 'p-7', fromBox: 5 });
 */
export function useNineBox(options: UseNineBoxOptions): NineBoxController {
  const { onMove, moves, readOnly, movedBy } = options;
  const maxReasonLength =
    Number.isInteger(options.maxReasonLength) && (options.maxReasonLength ?? 0) > 0
      ? (options.maxReasonLength as number)
      : MAX_REASON_LENGTH;
  const [overrides, setOverrides] = useState<ReadonlyMap<string, Override>>(new Map());
  const [moveState, setMoveState] = useState<MoveState>({ kind: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [history, setHistory] = useState<MoveHistory>(() => createMoveHistory(moves ?? []));
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [lastMovedId, setLastMovedId] = useState<string | null>(null);

  // Moves loaded later (connected grid) join the history without losing the local undo stack.
  useEffect(() => {
    if (!moves) return;
    setHistory((h) => {
      const known = new Set(h.records.map((r) => r.id));
      const added = moves.filter((m) => !known.has(m.id));
      return added.length === 0 ? h : { ...h, records: [...h.records, ...added] };
    });
  }, [moves]);

  const records = useMemo(() => {
    if (overrides.size === 0 || !Array.isArray(options.records)) return options.records;
    return options.records.map((r) => {
      const o = r && overrides.get(r.personId);
      return o && o.base === r ? { ...r, performance: o.performance, potential: o.potential } : r;
    });
  }, [options.records, overrides]);

  const { placed: resolution, t, format, locale, direction } = useNineBoxModel({ ...options, records });
  const { model } = resolution;

  useEffect(() => {
    for (const w of resolution.warnings) warnInvalidProp('NineBoxGrid', w.prop, w.value, w.rule, w.fallback);
    if (model.problem) {
      warnInvalidProp(
        'NineBoxGrid',
        model.problem.prop,
        model.problem.personId ?? null,
        model.problem.message,
        'showing the error state',
      );
    }
  }, [resolution, model.problem]);

  const latest = useRef({ model, moveState, onMove, history, overrides });
  latest.current = { model, moveState, onMove, history, overrides };

  const canMove = !readOnly && onMove !== undefined && model.status === 'ready';
  const grid = useMemo(
    () => ({ columns: model.columns, rows: model.rowCount, rtl: direction === 'rtl', maxReasonLength }),
    [model.columns, model.rowCount, direction, maxReasonLength],
  );

  /** Applies a move optimistically, calls onMove once, and rolls back on rejection. */
  const apply = useCallback(
    (move: NineBoxMove, person: NineBoxPersonView, undoes?: string) => {
      const { model: m, onMove: notify } = latest.current;
      localCounter += 1;
      const localId = `local-${localCounter}`;
      const from: TalentPlacement = { performance: person.performance, potential: person.potential };
      if (person.box !== null) from.box = person.box;
      const to: TalentPlacement = { performance: move.performance, potential: move.potential };
      if (move.toBox !== null) to.box = move.toBox;
      const record: TalentMoveRecord = {
        id: localId,
        personId: move.personId,
        from,
        to,
        reason: move.reason,
        at: new Date().toISOString(),
      };
      if (person.record.cycleId !== undefined) record.cycleId = person.record.cycleId;
      if (movedBy !== undefined) record.movedBy = movedBy;
      setOverrides((prev) => {
        const next = new Map(prev);
        next.set(move.personId, {
          base: person.record,
          performance: move.performance,
          potential: move.potential,
          localId,
        });
        return next;
      });
      setHistory((h) => recordMove(h, record, undoes));
      setFailure(null);
      setLastMovedId(move.personId);
      const fromTitle = boxTitle(m, move.fromBox, t);
      const toTitle = boxTitle(m, move.toBox, t);
      setAnnouncement(
        t(undoes ? 'nineBox.moveUndone' : 'nineBox.moved', {
          name: person.name,
          from: fromTitle,
          to: toTitle,
        }),
      );
      let result: unknown;
      try {
        result = notify?.(move);
      } catch (error) {
        result = Promise.reject(error);
      }
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        setPending((p) => new Set(p).add(move.personId));
        const settle = () =>
          setPending((p) => {
            const next = new Set(p);
            next.delete(move.personId);
            return next;
          });
        (result as Promise<unknown>).then(settle, (error: unknown) => {
          settle();
          setOverrides((prev) => {
            if (prev.get(move.personId)?.localId !== localId) return prev;
            const next = new Map(prev);
            next.delete(move.personId);
            return next;
          });
          setHistory((h) => dropMove(h, localId));
          const message = t('nineBox.moveFailed', {
            name: person.name,
            error: error instanceof Error ? error.message : String(error),
            from: fromTitle,
          });
          setFailure(message);
          setAnnouncement(message);
        });
      }
    },
    [t, movedBy],
  );

  const dispatch = useCallback(
    (event: MoveEvent) => {
      const { model: m, moveState: state } = latest.current;
      if (m.status !== 'ready') return false;
      if ((event.type === 'start' || event.type === 'dropOn') && !canMove) return false;
      const result = transition(state, event, grid);
      latest.current.moveState = result.state;
      setMoveState(result.state);
      const personId =
        result.state.kind !== 'idle'
          ? result.state.personId
          : state.kind !== 'idle'
            ? state.personId
            : undefined;
      const person = personId === undefined ? undefined : m.byId.get(personId);
      if (result.rejected) {
        setAnnouncement(result.rejected);
        return false;
      }
      if (result.state.kind === 'picking' && person) {
        const over = boxTitle(m, result.state.overBox, t);
        setAnnouncement(
          event.type === 'start'
            ? t('nineBox.movePicking', { name: person.name, box: over })
            : t('nineBox.moveOver', { box: over }),
        );
      } else if (event.type === 'cancel' && state.kind !== 'idle' && person) {
        setAnnouncement(t('nineBox.moveCancelled', { name: person.name }));
      }
      const confirmed = result.confirmed;
      if (confirmed && person) {
        const scores = scoresForBox(person, confirmed.toBox, m);
        const move: NineBoxMove = {
          personId: person.id,
          fromBox: confirmed.fromBox,
          toBox: confirmed.toBox,
          performance: scores.performance,
          potential: scores.potential,
          reason: confirmed.reason,
        };
        if (person.record.updatedAt !== undefined) move.expectedUpdatedAt = person.record.updatedAt;
        apply(move, person);
        return true;
      }
      return false;
    },
    [grid, canMove, apply, t],
  );

  const currentOf = useCallback((personId: string): TalentPlacement | undefined => {
    const p = latest.current.model.byId.get(personId);
    return p ? { performance: p.performance, potential: p.potential } : undefined;
  }, []);
  const next = canMove ? undoTarget(history, currentOf) : null;
  const undo = useCallback(() => {
    const { model: m, history: h } = latest.current;
    const target = undoTarget(h, currentOf);
    if (!target) return;
    const person = m.byId.get(target.record.personId);
    if (!person) return;
    if (target.stale) {
      setAnnouncement(t('nineBox.undoUnavailable', { name: person.name }));
      return;
    }
    const move: NineBoxMove = {
      personId: person.id,
      fromBox: person.box,
      toBox: target.to.box ?? null,
      performance: target.to.performance,
      potential: target.to.potential,
      reason: t('nineBox.undoReason', { reason: target.record.reason }),
      undo: true,
    };
    if (person.record.updatedAt !== undefined) move.expectedUpdatedAt = person.record.updatedAt;
    apply(move, person, target.record.id);
  }, [apply, currentOf, t]);

  const movingPerson = moveState.kind === 'idle' ? undefined : model.byId.get(moveState.personId);
  const dismissFailure = useCallback(() => setFailure(null), []);
  const nameOf = useCallback((id: string) => latest.current.model.byId.get(id)?.name, []);

  return {
    model,
    t,
    format,
    locale,
    direction,
    moveState,
    dispatch,
    announcement,
    announce: setAnnouncement,
    failure,
    dismissFailure,
    history,
    canUndo: next !== null,
    undo,
    pending,
    canMove,
    movingPerson,
    placementsCsv: () => placementsCsv(latest.current.model),
    historyCsv: () => historyCsv(latest.current.history.records, nameOf),
    maxReasonLength,
    lastMovedId,
  };
}
