import type { GoalTreeRows } from './flattenGoalTree.js';

/**
 * Where keyboard focus is: a row, and inside it either the row itself (`cell` -1) or one of its interactive cells.
 *
 * @example
 * const focus: GoalTreeFocus = { row: 4, cell: -1 };
 */
export interface GoalTreeFocus {
  row: number;
  cell: number;
}

/**
 * What a key press does in the tree grid; the hook carries it out.
 *
 * @example
 * const action: GoalTreeKeyAction = { type: 'expand', row: 4 };
 */
export type GoalTreeKeyAction =
  | { type: 'focus'; row: number; cell: number }
  | { type: 'expand'; row: number }
  | { type: 'collapse'; row: number }
  | { type: 'expandRows'; rows: number[] }
  | { type: 'open'; row: number }
  | { type: 'none' };

/**
 * What the key model needs besides the rows.
 *
 * @example
 * const options: GoalTreeKeyOptions = { pageSize: 12, cellCount: () => 2, direction: 'ltr' };
 */
export interface GoalTreeKeyOptions {
  /** Rows per page for PageUp/PageDown (the viewport height in rows). */
  pageSize: number;
  /** Interactive cells (buttons) in a row. */
  cellCount: (row: number) => number;
  direction?: 'ltr' | 'rtl';
}

const NONE: GoalTreeKeyAction = { type: 'none' };

/**
 * The rows sharing a parent with `row` (its siblings, itself included), in order.
 *
 * @example
 * siblingRows(rows, 3); // [1, 3, 7]
 */
export function siblingRows(rows: GoalTreeRows, row: number): number[] {
  const level = rows.level[row]!;
  const parent = rows.parentRow[row]!;
  const out: number[] = [];
  for (let i = parent + 1; i < rows.count; i += 1) {
    const l = rows.level[i]!;
    if (l < level) break;
    if (l === level) out.push(i);
  }
  return out;
}

/**
 * The WAI-ARIA treegrid keyboard model as a pure function: Up/Down, Right (expand, then first child, then into the
 * row's buttons), Left (out of the buttons, collapse, then parent), Home/End, PageUp/PageDown, `*` (expand every
 * sibling) and Enter (open). Left and Right swap in right-to-left layouts.
 *
 * @example
 * goalTreeKey(rows, { row: 0, cell: -1 }, 'ArrowRight', { pageSize: 10, cellCount: () => 0 }); // { type: 'expand', row: 0 }
 */
export function goalTreeKey(
  rows: GoalTreeRows,
  focus: GoalTreeFocus,
  key: string,
  options: GoalTreeKeyOptions,
): GoalTreeKeyAction {
  if (rows.count === 0) return NONE;
  const last = rows.count - 1;
  const row = Math.min(Math.max(focus.row, 0), last);
  const rtl = options.direction === 'rtl';
  const move = (to: number, cell = -1): GoalTreeKeyAction => {
    const target = Math.min(Math.max(to, 0), last);
    const cells = options.cellCount(target);
    return { type: 'focus', row: target, cell: cell < cells ? cell : -1 };
  };
  const inward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const outward = rtl ? 'ArrowRight' : 'ArrowLeft';

  switch (key) {
    case 'ArrowDown':
      return row === last ? NONE : move(row + 1, focus.cell);
    case 'ArrowUp':
      return row === 0 ? NONE : move(row - 1, focus.cell);
    case 'Home':
      return move(0);
    case 'End':
      return move(last);
    case 'PageDown':
      return move(row + Math.max(1, options.pageSize));
    case 'PageUp':
      return move(row - Math.max(1, options.pageSize));
    case inward: {
      if (focus.cell >= 0) {
        return focus.cell + 1 < options.cellCount(row) ? { type: 'focus', row, cell: focus.cell + 1 } : NONE;
      }
      if (rows.expandable[row] && !rows.expanded[row]) return { type: 'expand', row };
      if (rows.expanded[row] && row < last && rows.parentRow[row + 1] === row) return move(row + 1);
      return options.cellCount(row) > 0 ? { type: 'focus', row, cell: 0 } : NONE;
    }
    case outward: {
      if (focus.cell > 0) return { type: 'focus', row, cell: focus.cell - 1 };
      if (focus.cell === 0) return { type: 'focus', row, cell: -1 };
      if (rows.expanded[row]) return { type: 'collapse', row };
      const parent = rows.parentRow[row]!;
      return parent === -1 ? NONE : move(parent);
    }
    case '*': {
      const closed = siblingRows(rows, row).filter((r) => rows.expandable[r] && !rows.expanded[r]);
      return closed.length === 0 ? NONE : { type: 'expandRows', rows: closed };
    }
    case 'Enter':
      return focus.cell === -1 && rows.node[row] !== -1 ? { type: 'open', row } : NONE;
    default:
      return NONE;
  }
}

/**
 * Type-ahead: the next row after `from` (wrapping) whose title starts with `query`, case- and accent-insensitively;
 * -1 when none does.
 *
 * @example
 * const titles = ['Grow', 'Retain', 'Reach'];
 * typeAhead((row) => titles[row]!, 3, 1, 're'); // 2
 */
export function typeAhead(
  titles: (row: number) => string,
  count: number,
  from: number,
  query: string,
  locale?: string,
): number {
  const needle = fold(query, locale);
  if (needle === '' || count === 0) return -1;
  // A repeated single letter cycles through the rows starting with it, as in a file manager.
  const start = needle.length === 1 ? from + 1 : from;
  for (let k = 0; k < count; k += 1) {
    const row = (((start + k) % count) + count) % count;
    if (fold(titles(row), locale).startsWith(needle)) return row;
  }
  return -1;
}

function fold(text: string, locale: string | undefined): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(locale);
}
