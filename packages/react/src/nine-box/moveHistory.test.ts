import type { TalentMoveRecord } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import { confirmMove, createMoveHistory, dropMove, recordMove, undoTarget } from './moveHistory.js';

const move = (id: string, personId: string, from: number, to: number): TalentMoveRecord => ({
  id,
  personId,
  from: { performance: from, potential: 0.5 },
  to: { performance: to, potential: 0.5 },
  reason: 'r',
  at: '2026-12-01T10:00:00.000Z',
});

describe('move history', () => {
  it('undo → the most recent move reversed; its undo leaves the stack, the earlier move is next', () => {
    let h = createMoveHistory();
    h = recordMove(h, move('m1', 'a', 0.5, 0.8));
    h = recordMove(h, move('m2', 'b', 0.2, 0.5));
    const current = (id: string) => ({ performance: id === 'a' ? 0.8 : 0.5, potential: 0.5 });
    expect(undoTarget(h, current)).toMatchObject({
      record: { id: 'm2' },
      to: { performance: 0.2 },
      stale: false,
    });
    h = recordMove(h, move('m3', 'b', 0.5, 0.2), 'm2');
    expect(h.records.map((r) => r.id)).toEqual(['m1', 'm2', 'm3']);
    expect(undoTarget(h, current)?.record.id).toBe('m1');
  });

  it('a person moved again since (elsewhere) → stale, so the undo is refused', () => {
    const h = recordMove(createMoveHistory(), move('m1', 'a', 0.5, 0.8));
    expect(undoTarget(h, () => ({ performance: 0.2, potential: 0.5 }))?.stale).toBe(true);
  });

  it('loaded history → listed but not undoable; empty stack → null', () => {
    const h = createMoveHistory([move('m0', 'a', 0.1, 0.2)]);
    expect(h.records).toHaveLength(1);
    expect(undoTarget(h, () => undefined)).toBeNull();
  });

  it('a failed optimistic move is dropped; a saved one replaces its local record', () => {
    let h = recordMove(createMoveHistory(), move('local-1', 'a', 0.5, 0.8));
    expect(dropMove(h, 'local-1')).toEqual({ records: [], undoable: [] });
    h = confirmMove(h, 'local-1', move('move-7', 'a', 0.5, 0.8));
    expect(h.undoable).toEqual(['move-7']);
  });
});
