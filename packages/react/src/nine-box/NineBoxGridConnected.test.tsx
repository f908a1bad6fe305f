import type { Person, TalentRecord } from '@northstar/core';
import { createMemoryAdapter, type MemoryCall } from '@northstar/core/adapters';
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { NorthstarProvider } from '../provider/NorthstarProvider.js';
import { NineBoxGrid } from './index.js';

afterEach(cleanup);

const people: Person[] = [
  { id: 'p-1', name: 'Ada Lovelace', department: 'Engineering' },
  { id: 'p-2', name: 'Grace Hopper', department: 'Engineering' },
];
const talent: TalentRecord[] = [
  { personId: 'p-1', cycleId: 'c1', performance: 0.5, potential: 0.5, updatedAt: '2026-01-01T00:00:00.000Z' },
  { personId: 'p-2', cycleId: 'c1', performance: 0.9, potential: 0.2, updatedAt: '2026-01-01T00:00:00.000Z' },
];
const nameOnly = { selector: '.ns-nine-box-card-name' };

function deferred() {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('<NineBoxGrid cycleId> (connected)', () => {
  it('keyboard only: move a person, give a reason, hear the announcement; the adapter is called once', async () => {
    const gate = deferred();
    const moves: MemoryCall[] = [];
    const adapter = createMemoryAdapter(
      { people, talent },
      {
        gate: (call) => {
          if (call.method !== 'move') return undefined;
          moves.push(call);
          return gate.promise;
        },
      },
    );
    render(
      <NorthstarProvider adapter={adapter} queryClient={new QueryClient()}>
        <NineBoxGrid cycleId="c1" label="Talent review" />
      </NorthstarProvider>,
    );
    const user = userEvent.setup();
    await screen.findByRole('grid', { name: 'Talent review' });
    // Tab past the toolbar to the grid's active box, arrow to the middle box, Tab into its card.
    while (document.activeElement?.getAttribute('role') !== 'gridcell') await user.tab();
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(document.activeElement).toBe(
      screen.getByRole('gridcell', { name: /Medium potential, medium performance/ }),
    );
    await user.tab();
    expect(document.activeElement?.textContent).toContain('Ada Lovelace');
    await user.keyboard('{Enter}{ArrowUp}{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Move Ada Lovelace to Emerging star' });
    await user.keyboard('Ready for a bigger scope');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(dialog.isConnected).toBe(false);
    expect(screen.getByRole('status').textContent).toBe(
      'Ada Lovelace moved from Core player to Emerging star.',
    );
    // optimistic: in its new box before the adapter answers
    const target = screen.getByRole('gridcell', { name: /High potential, medium performance: 1 person/ });
    expect(within(target).getByText('Ada Lovelace', nameOnly)).toBeTruthy();
    gate.open();
    expect(await adapter.talent.listMoves({ cycleId: 'c1' })).toHaveLength(1);
    expect(moves).toHaveLength(1);
    expect(moves[0]!.args[1]).toMatchObject({
      cycleId: 'c1',
      performance: 0.5,
      potential: 0.833,
      box: 8,
      reason: 'Ready for a bigger scope',
      expectedUpdatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(moves[0]!.options?.idempotencyKey).toMatch(/\S{8,}/);
  });

  it('someone else moved the person meanwhile → both placements shown; "keep theirs" leaves their move', async () => {
    const adapter = createMemoryAdapter({ people, talent });
    render(
      <NorthstarProvider adapter={adapter} queryClient={new QueryClient()}>
        <NineBoxGrid cycleId="c1" label="Talent review" />
      </NorthstarProvider>,
    );
    const user = userEvent.setup();
    const core = await screen.findByRole('gridcell', { name: /Medium potential, medium performance/ });
    // The other room moves Ada to Star after this grid loaded.
    await adapter.talent.move(
      'p-1',
      { performance: 0.9, potential: 0.9, box: 9, reason: 'Other room' },
      { idempotencyKey: 'k' },
    );
    within(core).getByText('Ada Lovelace', nameOnly).closest('li')!.focus();
    await user.keyboard('{Enter}{ArrowRight}{Enter}');
    await user.type(await screen.findByRole('textbox', { name: 'Reason' }), 'Shipped the launch{Enter}');
    const conflict = await screen.findByText('Someone else moved Ada Lovelace');
    const banner = conflict.closest('[data-state="conflict"]') as HTMLElement;
    expect(banner.textContent).toContain('was placed in Star. You chose High performer.');
    await user.click(within(banner).getByRole('button', { name: 'Keep Star' }));
    const star = await screen.findByRole('gridcell', { name: /High potential, high performance: 1 person/ });
    expect(within(star).getByText('Ada Lovelace', nameOnly)).toBeTruthy();
  });

  it('the adapter fails to load → an error with Retry', async () => {
    let fail = true;
    const adapter = createMemoryAdapter(
      { people, talent },
      {
        failWith: (call) =>
          call.method === 'list' && call.domain === 'talent' && fail ? new Error('Offline') : undefined,
      },
    );
    render(
      <NorthstarProvider
        adapter={adapter}
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <NineBoxGrid cycleId="c1" label="Talent review" />
      </NorthstarProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Offline');
    fail = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('grid', { name: 'Talent review' })).toBeTruthy();
  });
});
