import { defaultRangeExtractor, type Range, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback } from 'react';

/** Fixed row height in px: the virtualiser never measures, so the server can render the first window exactly. */
export const KPI_TABLE_ROW_HEIGHT = 44;
/** Height of the sticky header row in px. */
export const KPI_TABLE_HEADER_HEIGHT = 44;
const OVERSCAN = 6;
// Roughly the CSS max height of the scroll area: the server (and the first client render) shows ~20 rows.
const INITIAL_RECT = { width: 960, height: 14 * KPI_TABLE_ROW_HEIGHT };

/**
 * The rendered window of a virtualised table: which row indexes are mounted and the spacer heights around them.
 *
 * @example
 * const { indexes, padTop, padBottom } = window;
 */
export interface KpiTableWindow {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** Mounted row indexes, ascending (the active row is always among them). */
  indexes: readonly number[];
  padTop: number;
  padBottom: number;
  /** Rows per page for Page Up / Page Down: what fits below the sticky header, minus one for context. */
  page(): number;
}

/**
 * TanStack Virtual over fixed-height rows, keeping the active row mounted even when a wheel scroll moves the window
 * away from it (unmounting a focused row would drop keyboard focus to `<body>`).
 *
 * @example
 * const window = useKpiTableVirtualizer(rows.length, activeIndex, scrollRef);
 */
export function useKpiTableVirtualizer(
  count: number,
  activeIndex: number,
  scrollRef: RefObject<HTMLDivElement | null>,
): KpiTableWindow {
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer({
    rangeExtractor,
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => KPI_TABLE_ROW_HEIGHT,
    overscan: OVERSCAN,
    initialRect: INITIAL_RECT,
    // Rows start below the sticky header, and scrolling a row "into view" must not hide it under that header.
    scrollMargin: KPI_TABLE_HEADER_HEIGHT,
    scrollPaddingStart: KPI_TABLE_HEADER_HEIGHT,
    useFlushSync: false,
  });
  const indexes = virtualizer.getVirtualItems().map((item) => item.index);
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  return {
    virtualizer,
    indexes,
    padTop: first === undefined ? 0 : first * KPI_TABLE_ROW_HEIGHT,
    padBottom: last === undefined ? 0 : (count - 1 - last) * KPI_TABLE_ROW_HEIGHT,
    page: () =>
      Math.max(
        1,
        Math.floor(
          ((scrollRef.current?.clientHeight ?? INITIAL_RECT.height) - KPI_TABLE_HEADER_HEIGHT) /
            KPI_TABLE_ROW_HEIGHT,
        ) - 1,
      ),
  };
}
