import { describe, expect, it } from 'vitest';
import { type GridSize, gridMove } from './gridMove.js';

const key = (k: string, mods: { ctrl?: boolean; alt?: boolean; shift?: boolean } = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
});
const size: GridSize = { firstRow: -1, rows: 100, cols: 4, page: 10, rtl: false };

describe('gridMove (APG data grid keys)', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(gridMove(key('ArrowDown'), { row: 5, col: 1 }, size)).toEqual({ row: 6, col: 1 });
    expect(gridMove(key('ArrowUp'), { row: 0, col: 1 }, size)).toEqual({ row: -1, col: 1 });
    expect(gridMove(key('ArrowUp'), { row: -1, col: 1 }, size)).toEqual({ row: -1, col: 1 });
    expect(gridMove(key('ArrowDown'), { row: 99, col: 1 }, size)).toEqual({ row: 99, col: 1 });
    expect(gridMove(key('ArrowRight'), { row: 5, col: 3 }, size)).toEqual({ row: 5, col: 3 });
    expect(gridMove(key('ArrowLeft'), { row: 5, col: 0 }, size)).toEqual({ row: 5, col: 0 });
    expect(gridMove(key('ArrowRight'), { row: 5, col: 0 }, size)).toEqual({ row: 5, col: 1 });
  });

  it('mirrors left and right in right-to-left grids', () => {
    const rtl = { ...size, rtl: true };
    expect(gridMove(key('ArrowLeft'), { row: 5, col: 0 }, rtl)).toEqual({ row: 5, col: 1 });
    expect(gridMove(key('ArrowRight'), { row: 5, col: 1 }, rtl)).toEqual({ row: 5, col: 0 });
  });

  it('goes to the row ends with Home/End and to the grid corners with Ctrl+Home/End', () => {
    expect(gridMove(key('Home'), { row: 5, col: 2 }, size)).toEqual({ row: 5, col: 0 });
    expect(gridMove(key('End'), { row: 5, col: 0 }, size)).toEqual({ row: 5, col: 3 });
    expect(gridMove(key('Home', { ctrl: true }), { row: 50, col: 2 }, size)).toEqual({ row: -1, col: 0 });
    expect(gridMove(key('End', { ctrl: true }), { row: 5, col: 0 }, size)).toEqual({ row: 99, col: 3 });
  });

  it('pages through data rows only, never onto the header row', () => {
    expect(gridMove(key('PageDown'), { row: 5, col: 2 }, size)).toEqual({ row: 15, col: 2 });
    expect(gridMove(key('PageDown'), { row: 95, col: 2 }, size)).toEqual({ row: 99, col: 2 });
    expect(gridMove(key('PageUp'), { row: 5, col: 2 }, size)).toEqual({ row: 0, col: 2 });
    expect(gridMove(key('PageDown'), { row: -1, col: 2 }, size)).toEqual({ row: 9, col: 2 });
    expect(gridMove(key('PageUp'), { row: -1, col: 2 }, size)).toEqual({ row: -1, col: 2 });
  });

  it('leaves other keys and modified arrows to the browser, and keeps an empty grid on its header', () => {
    expect(gridMove(key('a'), { row: 1, col: 1 }, size)).toBeNull();
    expect(gridMove(key('ArrowDown', { alt: true }), { row: 1, col: 1 }, size)).toBeNull();
    expect(gridMove(key('ArrowDown', { shift: true }), { row: 1, col: 1 }, size)).toBeNull();
    const empty = { ...size, rows: 0 };
    expect(gridMove(key('ArrowDown'), { row: -1, col: 0 }, empty)).toEqual({ row: -1, col: 0 });
    expect(gridMove(key('PageDown'), { row: -1, col: 0 }, empty)).toBeNull();
  });
});
