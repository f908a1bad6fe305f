import { describe, expect, it } from 'vitest';
import { createScrollScale, MAX_SCROLL_HEIGHT } from './scrollScale.js';

describe('createScrollScale', () => {
  it('is the identity while the list fits the browser', () => {
    const scale = createScrollScale({ count: 100_000, rowHeight: 36, viewportHeight: 480 });
    expect(scale.scaled).toBe(false);
    expect(scale.realHeight).toBe(3_600_000);
    expect(scale.toVirtual(1234)).toBe(1234);
    expect(scale.place(72, 0)).toBe(72);
  });

  it('keeps a million rows inside the cap and reaches the first and last row', () => {
    const viewport = 480;
    const scale = createScrollScale({ count: 1_000_000, rowHeight: 36, viewportHeight: viewport });
    expect(scale.scaled).toBe(true);
    expect(scale.realHeight).toBe(MAX_SCROLL_HEIGHT);
    expect(scale.toVirtual(0)).toBe(0);
    const bottom = scale.realHeight - viewport;
    // At the bottom of the real scroll range the viewport shows exactly the last screen of rows.
    expect(scale.toVirtual(bottom)).toBeCloseTo(36_000_000 - viewport, 3);
    const lastStart = 999_999 * 36;
    const drawnAt = scale.place(lastStart, bottom);
    expect(drawnAt + 36).toBeCloseTo(scale.realHeight, 3);
    // Rows are drawn at full height relative to each other, so a screen scrolls as it looks.
    expect(scale.place(lastStart, bottom) - scale.place(lastStart - 36, bottom)).toBeCloseTo(36, 6);
  });

  it('maps a list offset to the scrollTop that shows it, and back', () => {
    const scale = createScrollScale({ count: 1_000_000, rowHeight: 36, viewportHeight: 480 });
    const offset = 500_000 * 36;
    const top = scale.toReal(offset);
    expect(scale.toVirtual(top)).toBeCloseTo(offset, 3);
    expect(scale.place(offset, top)).toBeCloseTo(top, 3);
    expect(scale.toReal(-5)).toBe(0);
    expect(scale.toReal(Number.MAX_SAFE_INTEGER)).toBeCloseTo(scale.realHeight - 480, 6);
  });
});

describe('scaledWindow', () => {
  it('renders the last row at the bottom of the content when scrolled to the end of a million rows', async () => {
    const { scaledWindow, offsetToReveal } = await import('./scaledWindow.js');
    const viewport = 480;
    const scale = createScrollScale({ count: 1_000_000, rowHeight: 52, viewportHeight: viewport });
    const target = offsetToReveal(999_999, 52, viewport, 0);
    const top = scale.toReal(target);
    const items = scaledWindow(scale, top, {
      count: 1_000_000,
      rowHeight: 52,
      viewportHeight: viewport,
      overscan: 4,
    });
    expect(items.length).toBeLessThan(30);
    const last = items[items.length - 1]!;
    expect(last.index).toBe(999_999);
    // Drawn inside the viewport: between scrollTop and scrollTop + viewport.
    expect(last.top).toBeGreaterThanOrEqual(top);
    expect(last.top + 52).toBeLessThanOrEqual(top + viewport + 0.001);
  });
});
