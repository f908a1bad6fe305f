import { describe, expect, it } from 'vitest';
import type { TalentRecord } from '../domain/talent.types.js';
import { NorthstarError } from '../errors/NorthstarError.js';
import { createMemoryAdapter } from './createMemoryAdapter.js';

const NOW = new Date('2025-12-01T00:00:00.000Z');
const talent: TalentRecord[] = [
  { personId: 'p-1', cycleId: 'h1', performance: 0.5, potential: 0.5, box: 5 },
  { personId: 'p-1', cycleId: 'h2', performance: 0.6, potential: 0.4, box: 5, movedBy: 'p-0' },
  { personId: 'p-2', cycleId: 'h2', performance: null, potential: null },
];
const adapter = () => createMemoryAdapter({ talent }, { now: () => NOW });

async function rejection(promise: Promise<unknown>): Promise<NorthstarError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NorthstarError);
  return error as NorthstarError;
}

describe('memory talent', () => {
  it('talent.list filters by cycle', async () => {
    expect((await adapter().talent.list({ cycleId: 'h2' })).map((t) => t.personId)).toEqual(['p-1', 'p-2']);
    expect((await adapter().talent.list({})).length).toBe(3);
  });

  it('talent.move sets the scores, box, reason and mover', async () => {
    const moved = await adapter().talent.move(
      'p-1',
      { cycleId: 'h2', performance: 0.9, potential: 0.8, box: 9, reason: 'Led the rewrite', movedBy: 'p-7' },
      { idempotencyKey: 'k' },
    );
    expect(moved).toEqual({
      personId: 'p-1',
      cycleId: 'h2',
      performance: 0.9,
      potential: 0.8,
      box: 9,
      reason: 'Led the rewrite',
      movedBy: 'p-7',
      updatedAt: NOW.toISOString(),
    });
  });

  it('talent.move with new scores but no box drops the stale box', async () => {
    const moved = await adapter().talent.move(
      'p-1',
      { cycleId: 'h1', performance: 0.9, reason: 'Promoted' },
      { idempotencyKey: 'k' },
    );
    expect(moved.box).toBeUndefined();
    expect(moved.performance).toBe(0.9);
  });

  it('talent.move without a reason rejects EMPTY_INPUT naming reason', async () => {
    const error = await rejection(
      adapter().talent.move('p-2', { performance: 0.5, reason: ' ' }, { idempotencyKey: 'k' }),
    );
    expect([error.code, error.details.field]).toEqual(['EMPTY_INPUT', 'reason']);
    expect(error.message).toContain('"p-2"');
  });

  it('talent.move with a score outside [0, 1] or a box of 0 rejects INVALID_VALUE naming the field', async () => {
    const score = await rejection(
      adapter().talent.move('p-2', { potential: 1.5, reason: 'r' }, { idempotencyKey: 'k' }),
    );
    expect([score.code, score.details.field]).toEqual(['INVALID_VALUE', 'potential']);
    const box = await rejection(
      adapter().talent.move('p-2', { box: 0, reason: 'r' }, { idempotencyKey: 'k' }),
    );
    expect([box.code, box.details.field]).toEqual(['INVALID_VALUE', 'box']);
  });

  it('talent.move that changes nothing rejects EMPTY_INPUT', async () => {
    expect(
      (await rejection(adapter().talent.move('p-2', { reason: 'r' }, { idempotencyKey: 'k' }))).code,
    ).toBe('EMPTY_INPUT');
  });

  it('talent.move of a person with several cycles needs cycleId', async () => {
    const error = await rejection(
      adapter().talent.move('p-1', { box: 1, reason: 'r' }, { idempotencyKey: 'k' }),
    );
    expect([error.code, error.details.field]).toEqual(['INVALID_OPTION', 'cycleId']);
    expect(error.message).toContain('"h1"');
  });

  it('talent.move of an unknown person or cycle rejects NOT_FOUND naming the person', async () => {
    const person = await rejection(
      adapter().talent.move('p-9', { box: 1, reason: 'r' }, { idempotencyKey: 'k' }),
    );
    expect([person.code, person.details.id]).toEqual(['NOT_FOUND', 'p-9']);
    const cycle = await rejection(
      adapter().talent.move('p-2', { cycleId: 'h1', box: 1, reason: 'r' }, { idempotencyKey: 'k' }),
    );
    expect(cycle.code).toBe('NOT_FOUND');
    expect(cycle.message).toContain('"h1"');
  });
});

describe('memory talent: move history and conflicts', () => {
  it('talent.move records who moved whom from where to where and why; listMoves filters', async () => {
    const a = adapter();
    await a.talent.move(
      'p-1',
      { cycleId: 'h2', performance: 0.9, potential: 0.8, box: 9, reason: 'Led the rewrite', movedBy: 'p-7' },
      { idempotencyKey: 'k' },
    );
    const moves = await a.talent.listMoves({ cycleId: 'h2' });
    expect(moves).toEqual([
      {
        id: 'move-1',
        personId: 'p-1',
        cycleId: 'h2',
        from: { performance: 0.6, potential: 0.4, box: 5 },
        to: { performance: 0.9, potential: 0.8, box: 9 },
        reason: 'Led the rewrite',
        movedBy: 'p-7',
        at: NOW.toISOString(),
      },
    ]);
    expect(await a.talent.listMoves({ personId: 'p-2' })).toEqual([]);
  });

  it('talent.move with a stale expectedUpdatedAt rejects CONFLICT carrying the current record', async () => {
    const a = adapter();
    await a.talent.move('p-1', { cycleId: 'h2', box: 6, reason: 'First' }, { idempotencyKey: 'k1' });
    const error = await rejection(
      a.talent.move(
        'p-1',
        { cycleId: 'h2', box: 4, reason: 'Second', expectedUpdatedAt: '2025-01-01T00:00:00.000Z' },
        { idempotencyKey: 'k2' },
      ),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ id: 'p-1', current: { box: 6, reason: 'First' } });
    expect((await a.talent.listMoves({})).length).toBe(1);
  });
});
