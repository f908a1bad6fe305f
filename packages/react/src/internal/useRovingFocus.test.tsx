import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useRovingFocus } from './useRovingFocus.js';

afterEach(cleanup);

function List({ items }: { items: readonly string[] }) {
  const roving = useRovingFocus({ ids: items });
  return (
    // biome-ignore lint/a11y/useSemanticElements: a plain list of buttons is what is under test
    <div role="group" onKeyDown={(event) => roving.onKeyDown(event)}>
      {items.map((id) => (
        <button key={id} type="button" {...roving.getItemProps(id)}>
          {id}
        </button>
      ))}
    </div>
  );
}

const tabStops = () =>
  screen
    .getAllByRole('button')
    .filter((b) => b.tabIndex === 0)
    .map((b) => b.textContent);

describe('useRovingFocus', () => {
  it('has exactly one tab stop, the first item at first, and moves it with arrows, Home and End', async () => {
    render(<List items={['a', 'b', 'c']} />);
    expect(tabStops()).toEqual(['a']);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('b');
    await userEvent.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('c');
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('c');
    await userEvent.keyboard('{Home}');
    expect(document.activeElement?.textContent).toBe('a');
    expect(tabStops()).toEqual(['a']);
  });

  it('keeps the tab stop on the same item (by id) when the items are re-sorted', async () => {
    const { rerender } = render(<List items={['a', 'b', 'c']} />);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    expect(tabStops()).toEqual(['b']);
    rerender(<List items={['c', 'a', 'b']} />);
    expect(tabStops()).toEqual(['b']);
  });

  it('falls back to the first item when the active one disappears', async () => {
    const { rerender } = render(<List items={['a', 'b', 'c']} />);
    await userEvent.tab();
    await userEvent.keyboard('{End}');
    rerender(<List items={['a', 'b']} />);
    expect(tabStops()).toEqual(['a']);
  });
});

function Grid({ rtl = false }: { rtl?: boolean }) {
  // 3 columns × 2 rows, ids in reading order.
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const roving = useRovingFocus({ ids, orientation: 'grid', columns: 3, rtl });
  return (
    // biome-ignore lint/a11y/useSemanticElements: a plain group of buttons is what is under test
    <div role="group" onKeyDown={(event) => roving.onKeyDown(event)}>
      {ids.map((id) => (
        <button key={id} type="button" {...roving.getItemProps(id)}>
          {id}
        </button>
      ))}
    </div>
  );
}

describe('useRovingFocus: grid orientation', () => {
  const focused = () => document.activeElement?.textContent;

  it('moves by rows with up/down, within the row with left/right, Home/End to the row ends, Ctrl to the corners', async () => {
    render(<Grid />);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe('b');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()).toBe('e');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused()).toBe('e'); // clamped at the last row
    await userEvent.keyboard('{End}');
    expect(focused()).toBe('f');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe('f'); // does not wrap into another row
    await userEvent.keyboard('{Home}');
    expect(focused()).toBe('d');
    await userEvent.keyboard('{ArrowUp}');
    expect(focused()).toBe('a');
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(focused()).toBe('f');
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(focused()).toBe('a');
    expect(tabStops()).toEqual(['a']);
  });

  it('right-to-left: ArrowLeft moves forward', async () => {
    render(<Grid rtl />);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused()).toBe('b');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe('a');
  });
});
