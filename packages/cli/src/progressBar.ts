import type { CliWritable } from './cliIo.types.js';

/**
 * Reports progress through a long job; a no-op unless a bar is shown.
 *
 * @example
 * const p: Progress = createProgressBar(process.stderr, 'Reading goals.csv', rows);
 * p.tick(1000); p.done();
 */
export interface Progress {
  /** Sets how many of the total units are done. */
  tick(done: number): void;
  /** Clears the bar. */
  done(): void;
}

/**
 * Inputs with more rows than this get a progress bar (on a terminal).
 *
 * @example
 * if (rows > PROGRESS_MIN_ROWS) showBar();
 */
export const PROGRESS_MIN_ROWS = 50_000;

const NOOP: Progress = Object.freeze({ tick() {}, done() {} });
const BAR = 24;

/**
 * A text progress bar on `stream` for jobs over {@link PROGRESS_MIN_ROWS} units, only when the stream is a terminal
 * (so pipes and CI logs stay clean); redraws at most once per 0.5 %.
 *
 * @example
 * const p = createProgressBar(process.stderr, 'Reading goals.csv', 1_000_000);
 * for (let i = 0; i < n; i++) { work(i); if ((i & 4095) === 0) p.tick(i); }
 * p.done();
 */
export function createProgressBar(stream: CliWritable, label: string, total: number): Progress {
  if (stream.isTTY !== true || !(total > PROGRESS_MIN_ROWS)) return NOOP;
  let shown = -1;
  const draw = (done: number): void => {
    const ratio = Math.min(1, Math.max(0, done / total));
    const step = Math.floor(ratio * 200);
    if (step === shown) return;
    shown = step;
    const filled = Math.round(ratio * BAR);
    const bar = '█'.repeat(filled) + '░'.repeat(BAR - filled);
    stream.write(`\r${label} ${bar} ${(ratio * 100).toFixed(0).padStart(3)}%`);
  };
  draw(0);
  return {
    tick: draw,
    done() {
      // Erase the line so the next output starts clean.
      stream.write('\r\u001b[2K');
    },
  };
}
