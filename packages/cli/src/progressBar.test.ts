import { describe, expect, it } from 'vitest';
import { createProgressBar, PROGRESS_MIN_ROWS } from './progressBar.js';

const sink = (isTTY: boolean) => {
  const s = { text: '', isTTY, write: (chunk: string) => (s.text += chunk) };
  return s;
};

describe('createProgressBar', () => {
  it('createProgressBar(not a TTY, or a small job) → writes nothing', () => {
    const pipe = sink(false);
    const p = createProgressBar(pipe, 'Reading', 1_000_000);
    p.tick(500_000);
    p.done();
    expect(pipe.text).toBe('');
    const tty = sink(true);
    createProgressBar(tty, 'Reading', PROGRESS_MIN_ROWS).tick(10);
    expect(tty.text).toBe('');
  });

  it('createProgressBar(TTY, 100 000 rows) → redraws at most per half percent and erases the line at the end', () => {
    const tty = sink(true);
    const p = createProgressBar(tty, 'Reading x.csv', 100_000);
    for (let i = 0; i <= 100_000; i += 100) p.tick(i);
    const draws = tty.text.split('\r').filter((s) => s.startsWith('Reading'));
    // 0 % … 100 % in 0.5 % steps: 201 distinct states.
    expect(draws).toHaveLength(201);
    expect(draws.at(-1)).toMatch(/^Reading x\.csv █{24} 100%$/);
    p.done();
    expect(tty.text.endsWith('\r\u001b[2K')).toBe(true);
  });
});
