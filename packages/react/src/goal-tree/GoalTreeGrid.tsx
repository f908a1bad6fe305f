import {
  type ComponentType,
  type CSSProperties,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { GoalTreeRowView, type GoalTreeRowViewProps } from './GoalTreeRowView.js';
import type { GoalTreeColumnId } from './goalTree.types.js';
import { offsetToReveal, scaledWindow, type WindowItem } from './scaledWindow.js';
import { createScrollScale } from './scrollScale.js';
import type { GoalTreeApi } from './useGoalTree.js';

/** Fixed row height in px: the window is computed, never measured, so the server renders the first one exactly. */
export const GOAL_TREE_ROW_HEIGHT = 52;
const OVERSCAN = 6;

/** The progress column holds a bar, the percentage and the band on one line and the coverage note under them. */
function columnSize(column: GoalTreeColumnId): string {
  return column === 'progress' ? ' minmax(11rem, 2fr)' : ' minmax(6rem, 1fr)';
}

/**
 * The width of the actions slot, wide enough for all the row's buttons side by side: label length in `ch` (a wide
 * CJK character counts two) at the buttons' 0.85em, plus each button's padding and border, the gaps and the cell's
 * padding. An estimate from the strings, so the server renders the same slot as the client.
 */
function actionsSlotSize(labels: readonly string[]): string {
  if (labels.length === 0) return '0px';
  let chars = 0;
  for (const label of labels) {
    for (const char of label) chars += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  }
  const n = labels.length;
  return `calc(${chars} * 0.95ch + ${n} * (1rem + 2px) + ${n - 1} * 0.25rem + 1rem)`;
}

// useLayoutEffect warns on the server; the grid only measures and focuses in the browser.
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * What the grid keeps across a remount (the view wraps it in dnd-kit's context once that chunk loads): where it was
 * scrolled and whether focus was inside it.
 *
 * @example
 * const memory: GridMemory = { scrollTop: 0, focused: false };
 */
export interface GridMemory {
  scrollTop: number;
  focused: boolean;
}

/**
 * Props of {@link GoalTreeGrid}.
 *
 * @example
 * <GoalTreeGrid tree={tree} label="Company goals" columns={['progress']} height={480} canCheckIn canAlign={false} … />
 */
export interface GoalTreeGridProps {
  tree: GoalTreeApi;
  label: string;
  columns: readonly GoalTreeColumnId[];
  height: number;
  canCheckIn: boolean;
  canAlign: boolean;
  /** The drag-and-drop row (loaded lazily); plain rows until then. */
  dndRow: ComponentType<GoalTreeRowViewProps> | undefined;
  dropTarget: { key: string; refused: boolean } | null;
  onCheckIn: (index: number) => void;
  onAlign: (index: number) => void;
  /** Kept by the view across remounts of the grid. */
  memory?: GridMemory;
}

/**
 * The treegrid itself: a header row and a virtualised body. The window is computed from the scroll position; past
 * the browser's height cap (around 150,000 rows) the scroll scale maps positions onto the list, so a million rows
 * stay browsable and End still reaches, renders and focuses the last one.
 *
 * @example
 * <GoalTreeGrid {...gridProps} />
 */
export function GoalTreeGrid({
  tree,
  label,
  columns,
  height,
  canCheckIn,
  canAlign,
  dndRow,
  dropTarget,
  onCheckIn,
  onAlign,
  memory,
}: GoalTreeGridProps) {
  const { count, t } = tree;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const idBase = useId();
  const scale = useMemo(
    () => createScrollScale({ count, rowHeight: GOAL_TREE_ROW_HEIGHT, viewportHeight: height }),
    [count, height],
  );
  const [scrollTop, setScrollTop] = useState(0);
  const active = tree.activeIndex;
  // The window is computed from the scroll position (rows have a fixed height), never measured: the same code for
  // ten rows and for a million, and no virtualiser library in the bundle. Below the cap, the position is kept per
  // row, so scrolling within a row does not re-render.
  const items: WindowItem[] = scaledWindow(scale, scrollTop, {
    count,
    rowHeight: GOAL_TREE_ROW_HEIGHT,
    viewportHeight: height,
    overscan: OVERSCAN,
  });
  // The row holding the tab stop stays mounted while scrolled away, so focus is never dropped on the floor.
  if (!scale.scaled && active >= 0 && active < count && !items.some((item) => item.index === active)) {
    items.push({ index: active, top: active * GOAL_TREE_ROW_HEIGHT });
    items.sort((a, b) => a.index - b.index);
  }
  const scrolledTo = (top: number) =>
    setScrollTop(scale.scaled ? top : Math.floor(top / GOAL_TREE_ROW_HEIGHT) * GOAL_TREE_ROW_HEIGHT);

  // A remount (dnd-kit's context arriving) puts back the scroll position and focus of the grid it replaces, once
  // per mount with the values of that moment.
  const gridRef = useRef<HTMLDivElement | null>(null);
  useClientLayoutEffect(() => {
    const body = scrollRef.current;
    if (memory && body) {
      if (memory.scrollTop > 0) {
        body.scrollTop = memory.scrollTop;
        scrolledTo(body.scrollTop);
      }
      if (memory.focused) tree.focusRow(tree.activeIndex, tree.activeCell);
    }
    return () => {
      if (memory) memory.focused = gridRef.current?.contains(document.activeElement) ?? false;
    };
  }, []);

  // Carry out focus requests: scroll the row into view first when it is not rendered yet.
  const done = useRef(0);
  const request = tree.focusRequest;
  useClientLayoutEffect(() => {
    if (!request || request.seq === done.current) return;
    const body = scrollRef.current;
    if (!body) return;
    const element = body.querySelector<HTMLElement>(`[data-ns-row-index="${request.index}"]`);
    const offset = scale.toVirtual(body.scrollTop);
    const target = offsetToReveal(request.index, GOAL_TREE_ROW_HEIGHT, height, offset);
    if (target !== offset) {
      body.scrollTop = scale.toReal(target);
      scrolledTo(body.scrollTop);
    }
    if (element) {
      done.current = request.seq;
      const cell =
        request.cell >= 0 ? element.querySelector<HTMLElement>(`[data-ns-cell="${request.cell}"]`) : null;
      (cell ?? element).focus({ preventScroll: true });
    }
  });

  const showActions = canCheckIn || canAlign;
  const actionsSize = actionsSlotSize([
    ...(canCheckIn ? [t('goalTree.checkIn')] : []),
    ...(canAlign ? [t('goalTree.align')] : []),
  ]);
  const gridStyle = {
    // Every row is its own grid, so the actions get one fixed slot (an `auto` column would be as wide as each
    // row's own buttons and shift the bars of rows with a "Check in" button against rows without).
    '--ns-goal-tree-wide-columns': `minmax(12rem, 3fr)${columns.map(columnSize).join('')}${showActions ? ` ${actionsSize}` : ''}`,
    '--ns-goal-tree-actions-size': actionsSize,
  } as CSSProperties;
  return (
    <div
      ref={gridRef}
      role="treegrid"
      aria-label={label}
      aria-rowcount={count + 1}
      aria-colcount={1 + columns.length + (showActions ? 1 : 0)}
      aria-multiselectable={false}
      aria-busy={tree.expandingAll || undefined}
      className="ns-goal-tree-grid"
      style={gridStyle}
      onKeyDown={tree.onKeyDown}
    >
      <div role="rowgroup" className="ns-goal-tree-head">
        <div role="row" className="ns-goal-tree-head-row" aria-rowindex={1}>
          <div role="columnheader" className="ns-goal-tree-cell ns-goal-tree-title-cell">
            {t('goalTree.column.title')}
          </div>
          {columns.map((column) => (
            <div key={column} role="columnheader" className="ns-goal-tree-cell" data-column={column}>
              {t(`goalTree.column.${column}`)}
            </div>
          ))}
          {showActions ? (
            <div role="columnheader" className="ns-goal-tree-cell" data-column="actions">
              <span className="ns-goal-tree-visually-hidden">{t('goalTree.column.actions')}</span>
            </div>
          ) : null}
        </div>
      </div>
      <div
        role="rowgroup"
        ref={scrollRef}
        className="ns-goal-tree-body"
        style={{ blockSize: height }}
        onScroll={(event) => {
          if (memory) memory.scrollTop = event.currentTarget.scrollTop;
          scrolledTo(event.currentTarget.scrollTop);
        }}
      >
        <div className="ns-goal-tree-canvas" style={{ blockSize: scale.realHeight }}>
          {items.map(({ index, top }) => {
            const row = tree.row(index);
            return (
              <GoalTreeRowView
                key={row.key}
                row={row}
                top={top}
                height={GOAL_TREE_ROW_HEIGHT}
                columns={columns}
                active={index === active}
                activeCell={index === active ? tree.activeCell : -1}
                selected={row.id !== '' && row.id === tree.selectedId}
                canCheckIn={canCheckIn}
                canAlign={canAlign}
                dndRow={dndRow}
                dropState={dropTarget?.key === row.key ? (dropTarget.refused ? 'refused' : 'over') : 'none'}
                t={t}
                onToggle={tree.toggle}
                onSelect={(i) => {
                  tree.select(tree.row(i).id);
                  tree.focusRow(i);
                }}
                onCheckIn={onCheckIn}
                onAlign={onAlign}
                onFocusCell={tree.onRowFocus}
                idBase={idBase}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
