import type { TalentRecord } from '@northstar/core';
import { createMemoryAdapter, type MemoryCall } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { useMoveTalent } from './useMoveTalent.js';
import { useTalent } from './useTalent.js';
import { useTalentMoves } from './useTalentMoves.js';

afterEach(cleanup);

const RECORDS: TalentRecord[] = [
  {
    personId: 'p-1',
    cycleId: 'c',
    performance: 0.5,
    potential: 0.5,
    box: 5,
    updatedAt: '2026-01-01T00:00:00.000Z',
  },
];

function Mover() {
  const talent = useTalent({ cycleId: 'c' });
  const moves = useTalentMoves({ cycleId: 'c' });
  const move = useMoveTalent();
  const record = talent.data?.[0];
  return (
    <section>
      <p data-testid="box">{record ? String(record.box) : 'loading'}</p>
      <p data-testid="moves">{moves.data ? String(moves.data.length) : 'loading'}</p>
      <p data-testid="status">{move.status}</p>
      <button
        type="button"
        onClick={() =>
          move.mutate({
            personId: 'p-1',
            move: {
              cycleId: 'c',
              performance: 0.833,
              potential: 0.5,
              box: 6,
              reason: 'Led the rewrite',
              expectedUpdatedAt: '2026-01-01T00:00:00.000Z',
            },
          })
        }
      >
        Move
      </button>
      {move.conflict && (
        <p role="alert">{`Theirs ${move.conflict.current.box}, yours ${move.conflict.attempted.box}`}</p>
      )}
      {move.error && !move.conflict && (
        <p role="alert">
          {move.error.message}
          <button type="button" onClick={move.retry}>
            Try again
          </button>
        </p>
      )}
    </section>
  );
}

/** A promise the test resolves, so the adapter answers when the test says so. */
function deferred() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const text = (id: string) => screen.getByTestId(id).textContent;

describe('useMoveTalent', () => {
  it('moves optimistically before the adapter answers, with an idempotency key, and refetches the history', async () => {
    const gate = deferred();
    const calls: MemoryCall[] = [];
    const adapter = createMemoryAdapter(
      { talent: RECORDS },
      {
        gate: (call) => {
          if (call.method !== 'move') return undefined;
          calls.push(call);
          return gate.promise;
        },
      },
    );
    render(
      <NorthstarProvider adapter={adapter} queryClient={new QueryClient()}>
        <Mover />
      </NorthstarProvider>,
    );
    await screen.findByText('5');
    expect(text('moves')).toBe('0');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Move' }));
    expect(text('box')).toBe('6');
    expect(text('status')).toBe('pending');
    gate.open();
    await screen.findByText('success');
    await screen.findByText('1');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.options?.idempotencyKey).toMatch(/\S{8,}/);
  });

  it('rolls back when the adapter fails, and a retry resends the same key', async () => {
    const keys: string[] = [];
    let failing = true;
    const adapter = createMemoryAdapter(
      { talent: RECORDS },
      {
        failWith: (call) => {
          if (call.method !== 'move') return undefined;
          keys.push(call.options?.idempotencyKey ?? '');
          return failing ? new Error('Network down') : undefined;
        },
      },
    );
    render(
      <NorthstarProvider adapter={adapter} queryClient={new QueryClient()}>
        <Mover />
      </NorthstarProvider>,
    );
    await screen.findByText('5');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Network down');
    expect(text('box')).toBe('5');
    failing = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText('success');
    expect(text('box')).toBe('6');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('someone else moved the person meanwhile → CONFLICT with both placements, grid rolled back', async () => {
    const adapter = createMemoryAdapter({ talent: RECORDS });
    await adapter.talent.move(
      'p-1',
      { performance: 0.9, potential: 0.9, box: 9, reason: 'Other room' },
      { idempotencyKey: 'x' },
    );
    render(
      <NorthstarProvider adapter={adapter} queryClient={new QueryClient()}>
        <Mover />
      </NorthstarProvider>,
    );
    await screen.findByText('9');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Move' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Theirs 9, yours 6');
    expect(text('box')).toBe('9');
  });
});
