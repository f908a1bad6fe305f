import { useCallback, useRef, useState } from 'react';

/** The container width (px) at and below which `kpiTable.css` switches to the narrow layout. */
export const KPI_TABLE_NARROW_WIDTH = 480;

/**
 * Whether the table's root is narrow enough for the CSS container query's compact layout, observed with a
 * ResizeObserver on the root's content box (what the container query measures); false on the server and in the first
 * client render, so hydration matches. The keyboard model uses it to skip the columns that layout hides.
 *
 * @example
 * const [rootRef, narrow] = useNarrowLayout();
 * <div ref={rootRef}>{narrow ? 'compact' : 'wide'}</div>;
 */
export function useNarrowLayout(): [ref: (element: HTMLElement | null) => void, narrow: boolean] {
  const [narrow, setNarrow] = useState(false);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
      setNarrow(width <= KPI_TABLE_NARROW_WIDTH);
    });
    observer.current.observe(element);
  }, []);
  return [ref, narrow];
}
