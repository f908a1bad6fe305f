import type { Person, TalentRecord } from '@northstar/core';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { NineBoxGrid } from './index.js';
import type { NineBoxMove } from './nineBox.types.js';
import { preloadNineBoxDnd } from './useNineBoxDnd.js';

afterEach(cleanup);
// dnd-kit is a lazy chunk (fetched on idle or when a handle gets focus); loading it up front lets a test drag at once.
beforeAll(() => preloadNineBoxDnd());

const people: Person[] = [
  { id: 'p-1', name: 'Ada Lovelace', title: 'Staff engineer', department: 'Engineering' },
  { id: 'p-2', name: 'Grace Hopper', title: 'Director', department: 'Engineering' },
  { id: 'p-3', name: 'Alan Turing', department: 'Research' },
];
const records: TalentRecord[] = [
  { personId: 'p-1', performance: 0.5, potential: 0.5 },
  // exactly on both 2/3 cuts: core places this in box 9
  { personId: 'p-2', performance: 2 / 3, potential: 2 / 3 },
  { personId: 'p-3', performance: null, potential: 0.4 },
];

const nameOnly = { selector: '.ns-nine-box-card-name' };
function Host({ onMove }: { onMove: (move: NineBoxMove) => void }) {
  const [data, setData] = useState(records);
  return (
    <NineBoxGrid
      records={data}
      people={people}
      label="Talent review"
      onMove={(move: NineBoxMove) => {
        onMove(move);
        setData((rs) =>
          rs.map((r) =>
            r.personId === move.personId
              ? { ...r, performance: move.performance, potential: move.potential }
              : r,
          ),
        );
      }}
    />
  );
}

const cell = (name: RegExp) => screen.getByRole('gridcell', { name });

describe('<NineBoxGrid>', () => {
  it('renders a grid of gridcells named by their levels, holding focusable person cards', () => {
    render(<NineBoxGrid records={records} people={people} onMove={() => {}} label="Talent review" />);
    const grid = screen.getByRole('grid', { name: 'Talent review' });
    expect(within(grid).getAllByRole('row')).toHaveLength(3);
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(9);
    const core = cell(/Medium potential, medium performance: 1 person, 50%/);
    const card = within(core).getByText('Ada Lovelace', nameOnly).closest('li')!;
    expect(card.tabIndex).toBeGreaterThanOrEqual(-1);
    card.focus();
    expect(document.activeElement).toBe(card);
  });

  it('a person exactly on both cut-offs → in the higher box, as core places them', () => {
    render(<NineBoxGrid records={records} people={people} label="Talent review" />);
    expect(
      within(cell(/High potential, high performance: 1 person/)).getByText('Grace Hopper', nameOnly),
    ).toBeTruthy();
  });

  it('people without a score are listed apart as not placed', () => {
    render(<NineBoxGrid records={records} people={people} label="Talent review" />);
    const section = screen.getByRole('region', { name: 'Not placed' });
    expect(within(section).getByText('Alan Turing', nameOnly)).toBeTruthy();
  });

  it('keyboard move: Move to…, arrow, Enter, reason, submit → onMove once, live region, card in the new box', async () => {
    const onMove = vi.fn();
    render(<Host onMove={onMove} />);
    const user = userEvent.setup();
    const card = within(cell(/Medium potential, medium performance/))
      .getByText('Ada Lovelace', nameOnly)
      .closest('li')!;
    card.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('status').textContent).toContain('High performer');
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Move Ada Lovelace to High performer' });
    // An empty reason is refused, and nothing is moved.
    await user.click(within(dialog).getByRole('button', { name: 'Move' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Give a reason for the move.');
    expect(onMove).not.toHaveBeenCalled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), '  Led the platform rewrite ');
    const submit = within(dialog).getByRole('button', { name: 'Move' });
    expect(submit.getAttribute('type')).toBe('submit');
    await user.click(submit);
    expect(onMove).toHaveBeenCalledTimes(1);
    expect(onMove.mock.calls[0]![0]).toMatchObject({
      personId: 'p-1',
      fromBox: 5,
      toBox: 6,
      performance: 0.833,
      potential: 0.5,
      reason: 'Led the platform rewrite',
    });
    expect(screen.getByRole('status').textContent).toBe(
      'Ada Lovelace moved from Core player to High performer.',
    );
    expect(
      within(cell(/Medium potential, high performance: 1 person/)).getByText('Ada Lovelace', nameOnly),
    ).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    // Keyboard users keep their place: focus follows the card into its new box.
    expect(document.activeElement).toBe(
      within(cell(/Medium potential, high performance/))
        .getByText('Ada Lovelace', nameOnly)
        .closest('li'),
    );
  });

  it('Escape while choosing a box → no move, announced as cancelled', async () => {
    const onMove = vi.fn();
    render(<NineBoxGrid records={records} people={people} onMove={onMove} label="Talent review" />);
    const user = userEvent.setup();
    within(cell(/Medium potential, medium performance/))
      .getByText('Ada Lovelace', nameOnly)
      .closest('li')!
      .focus();
    await user.keyboard('{Enter}{ArrowUp}{Escape}');
    expect(screen.getByRole('status').textContent).toBe('Move of Ada Lovelace cancelled.');
    expect(onMove).not.toHaveBeenCalled();
  });

  it('the reason dialog is modal and labelled, takes focus to the reason; Escape or Cancel returns to the card', async () => {
    const onMove = vi.fn();
    render(<NineBoxGrid records={records} people={people} onMove={onMove} label="Talent review" />);
    const user = userEvent.setup();
    const card = within(cell(/Medium potential, medium performance/))
      .getByText('Ada Lovelace', nameOnly)
      .closest('li')!;
    card.focus();
    await user.keyboard('{Enter}{ArrowRight}{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Move Ada Lovelace to High performer' });
    expect(dialog.matches(':modal')).toBe(true);
    expect(dialog.getAttribute('aria-describedby')).not.toBeNull();
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe(
      'From Core player to High performer. Say why; the reason is kept in the move history.',
    );
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Reason' }));
    await user.keyboard('Half a thought{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(card);
    expect(screen.getByRole('status').textContent).toBe('Move of Ada Lovelace cancelled.');

    await user.keyboard('{Enter}{ArrowUp}{Enter}');
    const again = screen.getByRole('dialog', { name: 'Move Ada Lovelace to Emerging star' });
    // A new move starts with an empty reason.
    expect((within(again).getByRole('textbox', { name: 'Reason' }) as HTMLTextAreaElement).value).toBe('');
    await user.click(within(again).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(card);
    expect(onMove).not.toHaveBeenCalled();
  });

  it('a rejected move rolls back visibly; undo moves the person back through onMove', async () => {
    let reject!: (e: Error) => void;
    const onMove = vi.fn(
      () =>
        new Promise((_, no) => {
          reject = no;
        }),
    );
    render(<NineBoxGrid records={records} people={people} onMove={onMove} label="Talent review" />);
    const user = userEvent.setup();
    within(cell(/Medium potential, medium performance/))
      .getByText('Ada Lovelace', nameOnly)
      .closest('li')!
      .focus();
    await user.keyboard('{Enter}{ArrowUp}{Enter}');
    await user.type(await screen.findByRole('textbox', { name: 'Reason' }), 'Ready for more{Enter}');
    expect(
      within(cell(/High potential, medium performance: 1 person/)).getByText('Ada Lovelace', nameOnly),
    ).toBeTruthy();
    reject(new Error('Network down'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Could not move Ada Lovelace: Network down. Moved back to Core player.',
    );
    expect(
      within(cell(/Medium potential, medium performance: 1 person/)).getByText('Ada Lovelace', nameOnly),
    ).toBeTruthy();
  });

  it('undo → the last move reversed through onMove, recorded as an undo', async () => {
    const onMove = vi.fn();
    render(<NineBoxGrid records={records} people={people} onMove={onMove} label="Talent review" />);
    const user = userEvent.setup();
    within(cell(/Medium potential, medium performance/))
      .getByText('Ada Lovelace', nameOnly)
      .closest('li')!
      .focus();
    await user.keyboard('{Enter}{ArrowLeft}{Enter}');
    await user.type(await screen.findByRole('textbox', { name: 'Reason' }), 'Missed targets{Enter}');
    await user.click(screen.getByRole('button', { name: 'Undo last move' }));
    expect(onMove).toHaveBeenCalledTimes(2);
    expect(onMove.mock.calls[1]![0]).toMatchObject({
      personId: 'p-1',
      toBox: 5,
      undo: true,
      performance: 0.5,
    });
    expect(screen.getByRole('status').textContent).toContain('Undone: Ada Lovelace moved back');
  });

  it('scope picker: drill into a department, then back to the whole company', async () => {
    const onFilterChange = vi.fn();
    render(
      <NineBoxGrid
        records={records}
        people={people}
        label="Talent review"
        scopePicker
        onFilterChange={onFilterChange}
      />,
    );
    const user = userEvent.setup();
    const nav = screen.getByRole('navigation', { name: 'Scope' });
    await user.selectOptions(
      within(nav).getByRole('combobox', { name: 'Drill down' }),
      'Department Engineering (2 people)',
    );
    expect(onFilterChange).toHaveBeenLastCalledWith({ department: 'Engineering' });
    expect(screen.queryByRole('region', { name: 'Not placed' })).toBeNull(); // Alan is in Research
    expect(
      within(nav).getByRole('button', { name: 'Department Engineering' }).getAttribute('aria-current'),
    ).toBe('page');
    await user.click(within(nav).getByRole('button', { name: 'Whole company' }));
    expect(onFilterChange).toHaveBeenLastCalledWith({});
    expect(screen.getByRole('region', { name: 'Not placed' })).toBeTruthy();
  });

  it('bad props → an error naming the person, one console warning, no crash', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <NineBoxGrid
        records={[{ personId: 'p-9', performance: 1.4, potential: 0.2 }]}
        people={people}
        label="Talent review"
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('"p-9"');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('<NineBoxGrid>: drag and drop (dnd-kit)', () => {
  const status = () => screen.getByRole('status').textContent;
  const frame = () => act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const pointer = (type: string, target: EventTarget, x: number, y: number) =>
    act(() => {
      target.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          cancelable: true,
          clientX: x,
          clientY: y,
          button: 0,
          buttons: 1,
          isPrimary: true,
          pointerId: 1,
        }),
      );
    });
  const adasCard = () =>
    within(cell(/Medium potential, medium performance/))
      .getByText('Ada Lovelace', nameOnly)
      .closest('li')!;

  it('pointer: dragging a card onto another box announces it and opens the reason dialog for that box; submit → onMove once', async () => {
    const onMove = vi.fn();
    render(<NineBoxGrid records={records} people={people} onMove={onMove} label="Talent review" />);
    const name = within(adasCard()).getByText('Ada Lovelace', nameOnly);
    const start = name.getBoundingClientRect();
    const x = start.left + start.width / 2;
    const y = start.top + start.height / 2;
    await pointer('pointerdown', name, x, y);
    // Past the 4 px activation distance: the drag starts.
    await pointer('pointermove', document, x + 6, y);
    expect(status()).toBe('Picked up Ada Lovelace in Core player.');
    const star = cell(/High potential, high performance/);
    // dnd-kit measures the boxes after the drag starts; move until it reports the box under the pointer.
    let target = { x, y };
    for (let step = 0; step < 10 && star.getAttribute('data-over') === null; step += 1) {
      const box = star.getBoundingClientRect();
      target = { x: box.left + box.width / 2 + step, y: box.top + box.height / 2 };
      await frame();
      await pointer('pointermove', document, target.x, target.y);
    }
    expect(star.getAttribute('data-over')).toBe('');
    expect(status()).toBe('Ada Lovelace is over Star.');
    await pointer('pointerup', document, target.x, target.y);
    expect(status()).toBe('Dropped Ada Lovelace on Star.');
    const dialog = await screen.findByRole('dialog', { name: 'Move Ada Lovelace to Star' });
    expect(onMove).not.toHaveBeenCalled();
    const user = userEvent.setup();
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Calibrated up{Enter}');
    expect(onMove).toHaveBeenCalledTimes(1);
    expect(onMove.mock.calls[0]![0]).toMatchObject({
      personId: 'p-1',
      fromBox: 5,
      toBox: 9,
      reason: 'Calibrated up',
    });
  });

  it('pointer: a click on "Move to…" stays a click (no drag below the activation distance)', async () => {
    render(<NineBoxGrid records={records} people={people} onMove={() => {}} label="Talent review" />);
    const user = userEvent.setup();
    await user.click(within(adasCard()).getByRole('button', { name: /^Move to…/ }));
    expect(status()).toContain('Moving Ada Lovelace.');
  });

  it('keyboard sensor: Space on the drag handle, an arrow, Space → announced by name and box, reason dialog, onMove once', async () => {
    const onMove = vi.fn();
    render(<Host onMove={onMove} />);
    const user = userEvent.setup();
    const handle = within(adasCard()).getByRole('button', { name: 'Drag Ada Lovelace' });
    expect(handle.getAttribute('aria-roledescription')).toBe('draggable');
    // The instructions describe the handle, in the catalogue's words.
    expect(document.getElementById(handle.getAttribute('aria-describedby')!)?.textContent).toContain(
      'press Space or Enter on its drag handle',
    );
    handle.focus();
    await user.keyboard(' ');
    expect(status()).toBe('Picked up Ada Lovelace in Core player.');
    await frame(); // the sensor listens from the next task, after dnd-kit has measured the boxes
    await user.keyboard('{ArrowRight}');
    await frame();
    expect(status()).toBe('Ada Lovelace is over High performer.');
    expect(cell(/Medium potential, high performance/).getAttribute('data-over')).toBe('');
    await user.keyboard(' ');
    expect(status()).toBe('Dropped Ada Lovelace on High performer.');
    const dialog = await screen.findByRole('dialog', { name: 'Move Ada Lovelace to High performer' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Shipped the platform{Enter}');
    expect(onMove).toHaveBeenCalledTimes(1);
    expect(onMove.mock.calls[0]![0]).toMatchObject({ personId: 'p-1', fromBox: 5, toBox: 6 });
    expect(status()).toBe('Ada Lovelace moved from Core player to High performer.');
    expect(
      within(cell(/Medium potential, high performance: 1 person/)).getByText('Ada Lovelace', nameOnly),
    ).toBeTruthy();
  });

  it('keyboard sensor: Escape cancels → announced, no dialog, onMove not called', async () => {
    const onMove = vi.fn();
    render(<NineBoxGrid records={records} people={people} onMove={onMove} label="Talent review" />);
    const user = userEvent.setup();
    within(adasCard()).getByRole('button', { name: 'Drag Ada Lovelace' }).focus();
    await user.keyboard('{Enter}');
    await frame();
    await user.keyboard('{ArrowUp}');
    await frame();
    expect(status()).toBe('Ada Lovelace is over Emerging star.');
    await user.keyboard('{Escape}');
    expect(status()).toBe('Move of Ada Lovelace cancelled.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onMove).not.toHaveBeenCalled();
    expect(
      within(cell(/Medium potential, medium performance: 1 person/)).getByText('Ada Lovelace', nameOnly),
    ).toBeTruthy();
  });

  it('read-only → no drag handles and no drop targets', () => {
    render(
      <NineBoxGrid records={records} people={people} onMove={() => {}} readOnly label="Talent review" />,
    );
    expect(screen.queryByRole('button', { name: /^Drag / })).toBeNull();
    expect(adasCard().hasAttribute('data-draggable')).toBe(false);
  });
});
