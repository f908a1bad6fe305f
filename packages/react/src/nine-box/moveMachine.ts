/**
 * Where a keyboard (or pointer) move is: nothing, choosing a box with the arrow keys, or writing the reason.
 *
 * @example
 * const s: MoveState = { kind: 'picking', personId: 'p-7', fromBox: 5, overBox: 6 };
 */
export type MoveState =
  | { kind: 'idle' }
  | { kind: 'picking'; personId: string; fromBox: number | null; overBox: number }
  | {
      kind: 'reason';
      personId: string;
      fromBox: number | null;
      toBox: number;
      reason: string;
      error: ReasonError | null;
    };

/**
 * Why a reason was refused: empty after trimming, or longer than the limit.
 *
 * @example
 * const e: ReasonError = { kind: 'tooLong', length: 612, max: 500 };
 */
export type ReasonError = { kind: 'required' } | { kind: 'tooLong'; length: number; max: number };

/**
 * What the move machine reacts to: "Move to…", an arrow key, Enter (drop), a pointer drop, typing, submit, Escape.
 *
 * @example
 * const e: MoveEvent = { type: 'arrow', direction: 'up' };
 */
export type MoveEvent =
  | { type: 'start'; personId: string; fromBox: number | null }
  | { type: 'arrow'; direction: 'up' | 'down' | 'left' | 'right' | 'first' | 'last' }
  | { type: 'drop' }
  | { type: 'dropOn'; personId: string; fromBox: number | null; box: number }
  | { type: 'type'; reason: string }
  | { type: 'submit' }
  | { type: 'cancel' };

/**
 * A move the user confirmed with a valid reason (trimmed).
 *
 * @example
 * const c: ConfirmedMove = { personId: 'p-7', fromBox: 5, toBox: 6, reason: 'Led the rewrite' };
 */
export interface ConfirmedMove {
  personId: string;
  fromBox: number | null;
  toBox: number;
  reason: string;
}

/**
 * The grid the machine moves over: its size, the writing direction (arrows follow what the user sees) and the
 * longest reason accepted.
 *
 * @example
 * const g: MoveGrid = { columns: 3, rows: 3, rtl: false, maxReasonLength: 500 };
 */
export interface MoveGrid {
  columns: number;
  rows: number;
  rtl?: boolean;
  maxReasonLength?: number;
}

/** The default longest reason, in characters (code points). */
export const MAX_REASON_LENGTH = 500;

/**
 * Checks a move reason: trimmed, required, at most `max` characters.
 *
 * @example
 * checkReason('  Led the rewrite ', 500); // { ok: true, reason: 'Led the rewrite' }
 */
export function checkReason(
  text: string,
  max: number = MAX_REASON_LENGTH,
): { ok: true; reason: string } | { ok: false; error: ReasonError } {
  const reason = typeof text === 'string' ? text.trim() : '';
  if (reason === '') return { ok: false, error: { kind: 'required' } };
  const length = Array.from(reason).length;
  if (length > max) return { ok: false, error: { kind: 'tooLong', length, max } };
  return { ok: true, reason };
}

const IDLE: MoveState = { kind: 'idle' };

/**
 * The box one step from `box` in `direction` as the user sees it (up = higher potential; right = higher performance,
 * mirrored right-to-left), clamped at the edges; `first`/`last` go to the row's ends.
 *
 * @example
 * stepBox(5, 'up', { columns: 3, rows: 3 }); // 8
 */
export function stepBox(
  box: number,
  d: 'up' | 'down' | 'left' | 'right' | 'first' | 'last',
  grid: MoveGrid,
): number {
  const { columns, rows } = grid;
  let column = (box - 1) % columns;
  let row = Math.floor((box - 1) / columns);
  const forward = grid.rtl ? 'left' : 'right';
  if (d === 'up') row = Math.min(rows - 1, row + 1);
  else if (d === 'down') row = Math.max(0, row - 1);
  else if (d === 'first') column = 0;
  else if (d === 'last') column = columns - 1;
  else if (d === forward) column = Math.min(columns - 1, column + 1);
  else column = Math.max(0, column - 1);
  return row * columns + column + 1;
}

function onGrid(box: number, grid: MoveGrid): boolean {
  return Number.isInteger(box) && box >= 1 && box <= grid.columns * grid.rows;
}

/**
 * One step of the move machine: "Move to…" starts picking over the person's own box (the middle one when unplaced),
 * arrows move across boxes, Enter drops (on the own box it cancels), a drop opens the reason step, submit confirms
 * only a valid reason, Escape cancels from anywhere. Pure, so the keyboard model is tested in Node.
 *
 * @example
 * let s = transition({ kind: 'idle' }, { type: 'start', personId: 'p-7', fromBox: 5 }, grid).state;
 * s = transition(s, { type: 'arrow', direction: 'right' }, grid).state; // over box 6
 */
export function transition(
  state: MoveState,
  event: MoveEvent,
  grid: MoveGrid,
): { state: MoveState; confirmed?: ConfirmedMove; rejected?: string } {
  switch (event.type) {
    case 'cancel':
      return { state: IDLE };
    case 'start': {
      const middle = Math.floor(grid.rows / 2) * grid.columns + Math.floor(grid.columns / 2) + 1;
      const overBox = event.fromBox !== null && onGrid(event.fromBox, grid) ? event.fromBox : middle;
      return { state: { kind: 'picking', personId: event.personId, fromBox: event.fromBox, overBox } };
    }
    case 'arrow':
      if (state.kind !== 'picking') return { state };
      return { state: { ...state, overBox: stepBox(state.overBox, event.direction, grid) } };
    case 'drop':
      if (state.kind !== 'picking') return { state };
      if (state.overBox === state.fromBox) return { state: IDLE };
      return {
        state: {
          kind: 'reason',
          personId: state.personId,
          fromBox: state.fromBox,
          toBox: state.overBox,
          reason: '',
          error: null,
        },
      };
    case 'dropOn':
      if (!onGrid(event.box, grid)) {
        return {
          state: IDLE,
          rejected: `box ${String(event.box)} is not on the grid (1..${grid.columns * grid.rows})`,
        };
      }
      if (event.box === event.fromBox) return { state: IDLE };
      return {
        state: {
          kind: 'reason',
          personId: event.personId,
          fromBox: event.fromBox,
          toBox: event.box,
          reason: '',
          error: null,
        },
      };
    case 'type':
      if (state.kind !== 'reason') return { state };
      // The error clears while typing and is re-checked on submit, so the message never nags mid-sentence.
      return { state: { ...state, reason: event.reason, error: null } };
    case 'submit': {
      if (state.kind !== 'reason') return { state };
      const checked = checkReason(state.reason, grid.maxReasonLength);
      if (!checked.ok) return { state: { ...state, error: checked.error } };
      return {
        state: IDLE,
        confirmed: {
          personId: state.personId,
          fromBox: state.fromBox,
          toBox: state.toBox,
          reason: checked.reason,
        },
      };
    }
  }
}
