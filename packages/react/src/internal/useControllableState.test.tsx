import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useControllableState } from './useControllableState.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Counter({ value, onChange }: { value?: number; onChange?: (n: number) => void }) {
  const [count, setCount] = useControllableState({ value, defaultValue: 0, onChange, name: 'Counter.value' });
  return (
    <button type="button" onClick={() => setCount((n) => n + 1)}>
      {count}
    </button>
  );
}

function Twice() {
  const [n, setN] = useControllableState({ value: undefined, defaultValue: 0, name: 'Twice.n' });
  return (
    <button
      type="button"
      onClick={() => {
        setN((x) => x + 1);
        setN((x) => x + 1);
      }}
    >
      {n}
    </button>
  );
}

describe('useControllableState', () => {
  it('keeps its own state while uncontrolled and reports every change', async () => {
    const onChange = vi.fn();
    render(<Counter onChange={onChange} />);
    await userEvent.click(screen.getByRole('button'));
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toBe('2');
    expect(onChange.mock.calls).toEqual([[1], [2]]);
  });

  it('shows the controlled value and only asks the owner to change it', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<Counter value={5} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toBe('5');
    expect(onChange).toHaveBeenCalledWith(6);
    rerender(<Counter value={6} onChange={onChange} />);
    expect(screen.getByRole('button').textContent).toBe('6');
  });

  it('warns once, naming the prop, when it switches between controlled and uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<Counter value={1} />);
    rerender(<Counter />);
    rerender(<Counter value={2} />);
    rerender(<Counter />);
    const switches = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('Counter.value'));
    expect(switches).toHaveLength(1);
    expect(switches[0]).toContain('from controlled to uncontrolled');
  });

  it('chains two updates made in one event', async () => {
    render(<Twice />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toBe('2');
  });
});
