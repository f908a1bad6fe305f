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
