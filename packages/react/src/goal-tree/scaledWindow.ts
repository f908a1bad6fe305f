import type { ScrollScale } from './scrollScale.js';

/**
 * One rendered row: its index and where to draw it (px from the top of the scrolling content).
 *
 * @example
 * const item: WindowItem = { index: 999_999, top: 7_999_428 };
 */
export interface WindowItem {
  index: number;
  top: number;
}

/**
 * The rows to render for a scaled list (taller than the browser can lay out): those in the viewport at the current
 * scroll position plus `overscan` on each side, placed by the scale so they scroll at full speed within a screen.
 *
 * @example
 * scaledWindow(scale, scrollTop, { count: 1_000_000, rowHeight: 52, viewportHeight: 480, overscan: 6 });
 */
export function scaledWindow(
  scale: ScrollScale,
  scrollTop: number,
  options: { count: number; rowHeight: number; viewportHeight: number; overscan: number },
): WindowItem[] {
  const { count, rowHeight, viewportHeight, overscan } = options;
  if (count === 0) return [];
  const offset = scale.toVirtual(scrollTop);
  const first = Math.max(0, Math.floor(offset / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((offset + viewportHeight) / rowHeight) + overscan);
  const items: WindowItem[] = [];
  for (let index = first; index <= last; index += 1) {
    items.push({ index, top: scale.place(index * rowHeight, scrollTop) });
  }
  return items;
}

/**
 * The list offset that brings row `index` into view with the least scrolling (the virtualiser's `align: 'auto'`).
 *
 * @example
 * offsetToReveal(999_999, 52, 480, 0); // 51_999_520
 */
export function offsetToReveal(
  index: number,
  rowHeight: number,
  viewportHeight: number,
  currentOffset: number,
): number {
  const start = index * rowHeight;
  if (start < currentOffset) return start;
  if (start + rowHeight > currentOffset + viewportHeight) return start + rowHeight - viewportHeight;
  return currentOffset;
}
