import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { GoalTreeRowView } from './GoalTreeRowView.js';
import type { GoalTreeColumnId } from './goalTree.types.js';
import { offsetToReveal, scaledWindow, type WindowItem } from './scaledWindow.js';
import { createScrollScale } from './scrollScale.js';
import type { GoalTreeApi } from './useGoalTree.js';

/** Fixed row height in px: the window is computed, never measured, so the server renders the first one exactly. */
export const GOAL_TREE_ROW_HEIGHT = 52;
const OVERSCAN = 6;

// useLayoutEffect warns on the server; the grid only measures and focuses in the browser.
const useClientLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

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
  draggable: boolean;
  dropTarget: { key: string; refused: boolean } | null;
  onCheckIn: (index: number) => void;
  onAlign: (index: number) => void;
}

/**
 * The treegrid itself: a header row and a virtualised body. Up to the browser's height cap the window comes from
 * @tanstack/react-virtual; past it (around 150,000 rows) the scaled window takes over, so a million rows stay
 * browsable and End still reaches, renders and focuses the last one.
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
  draggable,
  dropTarget,
  onCheckIn,
  onAlign,
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
  const virtualizer = useVirtualizer({
    count: scale.scaled ? 0 : count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => GOAL_TREE_ROW_HEIGHT,
    overscan: OVERSCAN,
    initialRect: { width: 0, height },
    // The row holding the tab stop stays mounted while scrolled away, so focus is never dropped on the floor.
    rangeExtractor: (range) => {
      const indexes: number[] = [];
      for (
        let i = Math.max(0, range.startIndex - range.overscan);
        i <= Math.min(range.count - 1, range.endIndex + range.overscan);
        i += 1
      ) {
        indexes.push(i);
      }
      if (active >= 0 && active < range.count && !indexes.includes(active)) indexes.push(active);
      return indexes.sort((a, b) => a - b);
    },
  });
  const items: WindowItem[] = scale.scaled
    ? scaledWindow(scale, scrollTop, {
        count,
        rowHeight: GOAL_TREE_ROW_HEIGHT,
        viewportHeight: height,
        overscan: OVERSCAN,
      })
    : virtualizer.getVirtualItems().map((item) => ({ index: item.index, top: item.start }));

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
      if (scale.scaled) {
        body.scrollTop = scale.toReal(target);
        setScrollTop(body.scrollTop);
      } else {
        virtualizer.scrollToIndex(request.index, { align: 'auto' });
      }
    }
    if (element) {
      done.current = request.seq;
      const cell =
        request.cell >= 0 ? element.querySelector<HTMLElement>(`[data-ns-cell="${request.cell}"]`) : null;
      (cell ?? element).focus({ preventScroll: true });
    }
  });

  const gridStyle = {
    '--ns-goal-tree-columns': `minmax(12rem, 3fr)${' minmax(6rem, 1fr)'.repeat(columns.length)}${canCheckIn || canAlign ? ' auto' : ''}`,
  } as CSSProperties;
  const showActions = canCheckIn || canAlign;
  return (
    <div
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
        onScroll={scale.scaled ? (event) => setScrollTop(event.currentTarget.scrollTop) : undefined}
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
                draggable={draggable}
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
