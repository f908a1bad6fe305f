import type { Person, TalentRecord } from '@northstar/core';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NineBoxGrid } from './index.js';

afterEach(cleanup);

const people: Person[] = [{ id: 'p-1', name: 'Ada Lovelace' }];
const records: TalentRecord[] = [{ personId: 'p-1', performance: 0.5, potential: 0.5 }];

// Its own file, so dnd-kit's chunk is not in yet when the first grid renders (each test file loads its own modules).
describe('<NineBoxGrid>: dnd-kit loads lazily', () => {
  it('renders without dnd-kit, loads it when a drag handle gets focus and keeps focus on that handle', async () => {
    const onMove = vi.fn();
    render(<NineBoxGrid records={records} people={people} onMove={onMove} label="Talent review" />);
    const handle = screen.getByRole('button', { name: 'Drag Ada Lovelace' });
    expect(handle.hasAttribute('aria-roledescription')).toBe(false);
    handle.focus();
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Drag Ada Lovelace' }).getAttribute('aria-roledescription'),
      ).toBe('draggable'),
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Drag Ada Lovelace' }));
    expect(onMove).not.toHaveBeenCalled();
  });

  it('a move by keyboard works the same before and after the chunk is in', async () => {
    const onMove = vi.fn();
    render(<NineBoxGrid records={records} people={people} onMove={onMove} label="Talent review" />);
    const user = userEvent.setup();
    const card = screen.getByText('Ada Lovelace', { selector: '.ns-nine-box-card-name' }).closest('li')!;
    card.focus();
    await user.keyboard('{Enter}{ArrowRight}{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Move Ada Lovelace to High performer' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Led the rewrite{Enter}');
    expect(onMove).toHaveBeenCalledTimes(1);
  });
});
