import type { Style } from './createStyle.js';
import { NO_DATA, percent } from './formatNumber.js';
import { formatTableChunks } from './formatTable.js';
import type { GoalRow } from './rollupGoals.js';
import { terminalSafe } from './terminalSafe.js';

/**
 * Options for {@link renderGoalTree}.
 *
 * @example
 * const o: RenderGoalTreeOptions = { maxDepth: 1, width: 100, style: createStyle(false) };
 */
export interface RenderGoalTreeOptions {
  /** Show goals whose depth is at most this. */
  maxDepth: number;
  width: number;
  style: Style;
}

const BAR_CELLS = 10;

/**
 * A 10-cell text bar for a value in [0, 1] (values above 1 fill it); blank for no data.
 *
 * @example
 * progressBarText(0.5); // '█████░░░░░'
 */
export function progressBarText(value: number | null): string {
  if (value === null) return ' '.repeat(BAR_CELLS);
  const filled = Math.round(Math.min(1, Math.max(0, value)) * BAR_CELLS);
  return '█'.repeat(filled) + '░'.repeat(BAR_CELLS - filled);
}

/** Colours by OKR band tone. */
function tone(style: Style, row: GoalRow): (text: string) => string {
  switch (row.band?.tone) {
    case 'danger':
      return style.red;
    case 'warning':
      return style.yellow;
    case 'success':
      return style.green;
    default:
      return style.dim;
  }
}

/** Indentation shown at most this many levels deep, so a million-deep chain prints in memory linear in depth. */
const MAX_INDENT = 12;

/** Two spaces per level; past {@link MAX_INDENT}, the depth as a number instead of ever longer runs of spaces. */
function indentOf(depth: number): string {
  return depth <= MAX_INDENT ? '  '.repeat(depth) : `${'  '.repeat(MAX_INDENT)}[${depth}] `;
}

/**
 * The goal tree as an indented text table: goal, level, progress bar and %, coverage and OKR status, limited to
 * `maxDepth`; a multi-parent goal's subtree is printed once, under its first parent.
 *
 * @example
 * process.stdout.write(renderGoalTree(rows, { maxDepth: 3, width: 100, style: createStyle(false) }));
 */
export function renderGoalTree(rows: readonly GoalRow[], options: RenderGoalTreeOptions): string {
  return [...goalTreeChunks(rows, options)].join('');
}

/**
 * {@link renderGoalTree} in pieces, for writing very large trees without one huge string.
 *
 * @example
 * for (const chunk of goalTreeChunks(rows, options)) process.stdout.write(chunk);
 */
export function* goalTreeChunks(rows: readonly GoalRow[], options: RenderGoalTreeOptions): Generator<string> {
  const { style } = options;
  const body: string[][] = [];
  for (const row of rows) {
    if (row.depth > options.maxDepth) continue;
    const color = tone(style, row);
    // A repeated multi-parent goal is marked before its title, which may be cut to fit.
    const mark = row.repeat ? style.dim(' ↑') : '';
    const label = `${indentOf(row.indent)}${style.bold(terminalSafe(row.id))}${mark}${row.title === undefined ? '' : `  ${terminalSafe(row.title)}`}`;
    body.push([
      label,
      row.level === undefined ? '' : terminalSafe(row.level),
      row.value === null
        ? style.dim(NO_DATA)
        : `${color(progressBarText(row.value))} ${percent(row.value).padStart(4)}`,
      // The lower of the two: a goal whose children all report can still rest on key results without data.
      percent(Math.min(row.coverage, row.leafCoverage)),
      row.band === null ? style.dim('No data') : color(row.band.label),
    ]);
  }
  yield* formatTableChunks(
    [
      { header: 'Goal', flex: true, minWidth: 24 },
      { header: 'Level' },
      { header: 'Progress', align: 'right' },
      { header: 'Coverage', align: 'right' },
      { header: 'Status' },
    ],
    body,
    { width: options.width, header: style.bold, rule: style.dim },
  );
  if (rows.some((r) => r.repeat && r.depth <= options.maxDepth)) {
    yield `${style.dim('↑ aligned to several parents: its children are listed under the first one.')}\n`;
  }
}
