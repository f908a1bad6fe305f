import type { TalentMoveRecord, TalentPlacement } from '@northstar/core';

/**
 * The calibration session's moves, oldest first, and which of them can still be undone (last in, first out).
 * An undo is itself a move back, recorded like any other, so the exported history tells the whole story.
 *
 * @example
 * const h: MoveHistory = { records: [], undoable: [] };
 */
export interface MoveHistory {
  records: readonly TalentMoveRecord[];
  /** Ids of records an undo would revert, most recent last. */
  undoable: readonly string[];
}

/**
 * An empty history, or one seeded with moves loaded from `talent.listMoves` (those are not undoable here).
 *
 * @example
 * const history = createMoveHistory(await adapter.talent.listMoves({ cycleId }));
 */
export function createMoveHistory(records: readonly TalentMoveRecord[] = []): MoveHistory {
  return { records: [...records], undoable: [] };
}

/**
 * The history with `record` appended; `undoes` marks it as the undo of an earlier record, which leaves the stack.
 *
 * @example
 * history = recordMove(history, record);
 */
export function recordMove(history: MoveHistory, record: TalentMoveRecord, undoes?: string): MoveHistory {
  const undoable =
    undoes === undefined ? [...history.undoable, record.id] : history.undoable.filter((id) => id !== undoes);
  return { records: [...history.records, record], undoable };
}

/**
 * The history without `id` (an optimistic record whose save failed), as if the move never happened.
 *
 * @example
 * history = dropMove(history, 'local-3');
 */
export function dropMove(history: MoveHistory, id: string): MoveHistory {
  return {
    records: history.records.filter((r) => r.id !== id),
    undoable: history.undoable.filter((u) => u !== id),
  };
}

/**
 * The history with the optimistic record `localId` replaced by the record the adapter stored.
 *
 * @example
 * history = confirmMove(history, 'local-3', saved);
 */
export function confirmMove(history: MoveHistory, localId: string, saved: TalentMoveRecord): MoveHistory {
  return {
    records: history.records.map((r) => (r.id === localId ? saved : r)),
    undoable: history.undoable.map((u) => (u === localId ? saved.id : u)),
  };
}

function samePlacement(a: TalentPlacement, b: TalentPlacement): boolean {
  return a.performance === b.performance && a.potential === b.potential;
}

/**
 * The move an undo would make: the most recent undoable record, reversed; `stale` when the person has moved since
 * (their current placement is not the record's `to`), so the caller refuses instead of overwriting a later move.
 *
 * @example
 * const next = undoTarget(history, (id) => placementOf(id));
 * if (next?.stale === false) save({ personId: next.record.personId, to: next.record.from });
 */
export function undoTarget(
  history: MoveHistory,
  currentOf: (personId: string) => TalentPlacement | undefined,
): { record: TalentMoveRecord; to: TalentPlacement; stale: boolean } | null {
  const id = history.undoable[history.undoable.length - 1];
  if (id === undefined) return null;
  const record = history.records.find((r) => r.id === id);
  if (!record) return null;
  const current = currentOf(record.personId);
  return { record, to: record.from, stale: current === undefined || !samePlacement(current, record.to) };
}
