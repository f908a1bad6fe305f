/**
 * Tallest scrolling content Northstar lets the browser lay out, in px. Chromium caps an element near 33.5 million
 * px and Firefox near 17.9 million (beyond it the content is cut off, which is where a plain virtual list of a
 * million rows breaks); 8 million leaves room for any zoom level.
 */
export const MAX_SCROLL_HEIGHT = 8_000_000;

/**
 * How a long virtual list maps onto a scroll area the browser can hold: the list is `virtualHeight` px tall, the
 * element only `realHeight`; past the cap, scroll positions are scaled so the first and last rows are both reached.
 *
 * @example
 * const scale: ScrollScale = createScrollScale({ count: 1_000_000, rowHeight: 36, viewportHeight: 480 });
 * scale.scaled; // true
 */
export interface ScrollScale {
  /** Height of the whole list at full row height. */
  virtualHeight: number;
  /** Height the scrolling content is given. */
  realHeight: number;
  /** True when the list is taller than the cap and offsets are scaled. */
  scaled: boolean;
  /** The list offset shown at a real `scrollTop`. */
  toVirtual: (scrollTop: number) => number;
  /** The real `scrollTop` that shows list offset `offset` at the top of the viewport. */
  toReal: (offset: number) => number;
  /** Where (real px, from the top of the content) to draw a row that starts at `start` in the list. */
  place: (start: number, scrollTop: number) => number;
}

/**
 * Input of {@link createScrollScale}.
 *
 * @example
 * const input: ScrollScaleInput = { count: 100_000, rowHeight: 36, viewportHeight: 480 };
 */
export interface ScrollScaleInput {
  count: number;
  rowHeight: number;
  viewportHeight: number;
  /** Default {@link MAX_SCROLL_HEIGHT}. */
  maxHeight?: number;
}

/**
 * The scroll-scaling model for virtual lists taller than the browser allows: below the cap it is the identity;
 * above it, the real scroll range `[0, realHeight − viewport]` maps linearly onto the virtual range
 * `[0, virtualHeight − viewport]`, and rows are drawn where they fall relative to the current scroll position, so
 * scrolling within a screen still moves one pixel per pixel and End lands exactly on the last row.
 *
 * @example
 * const scale = createScrollScale({ count: 1_000_000, rowHeight: 36, viewportHeight: 480 });
 * scale.toVirtual(scale.realHeight - 480); // 35_999_520: the last screen
 */
export function createScrollScale(input: ScrollScaleInput): ScrollScale {
  const viewport = Math.max(0, input.viewportHeight);
  const virtualHeight = Math.max(0, input.count) * input.rowHeight;
  const cap = Math.max(input.maxHeight ?? MAX_SCROLL_HEIGHT, viewport + 1);
  if (virtualHeight <= cap) {
    return {
      virtualHeight,
      realHeight: virtualHeight,
      scaled: false,
      toVirtual: (scrollTop) => scrollTop,
      toReal: (offset) => offset,
      place: (start) => start,
    };
  }
  const realRange = cap - viewport;
  const virtualRange = virtualHeight - viewport;
  const ratio = virtualRange / realRange;
  const clampReal = (top: number) => Math.min(Math.max(top, 0), realRange);
  const toVirtual = (scrollTop: number) => clampReal(scrollTop) * ratio;
  return {
    virtualHeight,
    realHeight: cap,
    scaled: true,
    toVirtual,
    toReal: (offset) => Math.min(Math.max(offset, 0), virtualRange) / ratio,
    // The window is laid out around the current scroll position at full row height.
    place: (start, scrollTop) => clampReal(scrollTop) + (start - toVirtual(scrollTop)),
  };
}
