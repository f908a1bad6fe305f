import { describe, expect, it } from 'vitest';
import { checkReason, type MoveEvent, type MoveGrid, type MoveState, transition } from './moveMachine.js';

const grid: MoveGrid = { columns: 3, rows: 3 };
function run(events: MoveEvent[], g = grid) {
  let state: MoveState = { kind: 'idle' };
  let last: ReturnType<typeof transition> = { state };
  for (const e of events) {
    last = transition(state, e, g);
    state = last.state;
  }
  return last;
}
const start: MoveEvent = { type: 'start', personId: 'p-1', fromBox: 5 };

describe('move machine', () => {
  it('Move to… then arrows → over the neighbouring boxes, clamped at the edges', () => {
    expect(run([start, { type: 'arrow', direction: 'right' }]).state).toMatchObject({ overBox: 6 });
    expect(run([start, { type: 'arrow', direction: 'up' }]).state).toMatchObject({ overBox: 8 });
    expect(
      run([start, { type: 'arrow', direction: 'down' }, { type: 'arrow', direction: 'down' }]).state,
    ).toMatchObject({
      overBox: 2,
    });
    expect(run([start, { type: 'arrow', direction: 'last' }]).state).toMatchObject({ overBox: 6 });
  });

  it('right-to-left → ArrowLeft moves to higher performance, as the user sees it', () => {
    expect(run([start, { type: 'arrow', direction: 'left' }], { ...grid, rtl: true }).state).toMatchObject({
      overBox: 6,
    });
  });

  it('Enter on another box → the reason step; Enter on the own box → nothing moves', () => {
    expect(run([start, { type: 'arrow', direction: 'up' }, { type: 'drop' }]).state).toMatchObject({
      kind: 'reason',
      fromBox: 5,
      toBox: 8,
    });
    expect(run([start, { type: 'drop' }]).state).toEqual({ kind: 'idle' });
  });

  it('Escape while picking or writing → idle, no move', () => {
    expect(run([start, { type: 'arrow', direction: 'up' }, { type: 'cancel' }])).toEqual({
      state: { kind: 'idle' },
    });
    expect(
      run([start, { type: 'arrow', direction: 'up' }, { type: 'drop' }, { type: 'cancel' }]).confirmed,
    ).toBeUndefined();
  });

  it('submit with an empty or blank reason → stays with a "required" error; a reason → confirmed, trimmed', () => {
    const toReason: MoveEvent[] = [start, { type: 'arrow', direction: 'up' }, { type: 'drop' }];
    expect(run([...toReason, { type: 'type', reason: '   ' }, { type: 'submit' }]).state).toMatchObject({
      kind: 'reason',
      error: { kind: 'required' },
    });
    expect(
      run([...toReason, { type: 'type', reason: '  Led the rewrite ' }, { type: 'submit' }]).confirmed,
    ).toEqual({
      personId: 'p-1',
      fromBox: 5,
      toBox: 8,
      reason: 'Led the rewrite',
    });
  });

  it('a reason longer than the limit → tooLong with its length', () => {
    expect(checkReason('x'.repeat(11), 10)).toEqual({
      ok: false,
      error: { kind: 'tooLong', length: 11, max: 10 },
    });
    expect(checkReason('ok', 10)).toEqual({ ok: true, reason: 'ok' });
  });

  it('a pointer drop on a box off the grid → rejected naming the box; on the own box → idle', () => {
    const off = run([{ type: 'dropOn', personId: 'p-1', fromBox: 5, box: 12 }]);
    expect(off.state).toEqual({ kind: 'idle' });
    expect(off.rejected).toContain('box 12');
    expect(run([{ type: 'dropOn', personId: 'p-1', fromBox: 5, box: 3 }]).state).toMatchObject({ toBox: 3 });
  });

  it('an unplaced person → picking starts over the middle box', () => {
    expect(run([{ type: 'start', personId: 'p-1', fromBox: null }]).state).toMatchObject({ overBox: 5 });
  });
});
