import { describe, expect, it } from 'vitest';
import { createStyle } from './createStyle.js';
import { formatTable } from './formatTable.js';
import { padToWidth, stringWidth, truncateToWidth } from './stringWidth.js';
import { wrapText } from './wrapText.js';

describe('stringWidth', () => {
  it('stringWidth(accents, combining marks, CJK, emoji, colour codes) → terminal columns', () => {
    expect(stringWidth('Søren')).toBe(5);
    expect(stringWidth('Zoe\u0308')).toBe(3);
    expect(stringWidth('日本')).toBe(4);
    expect(stringWidth('🚀x')).toBe(3);
    expect(stringWidth(createStyle(true).red('Off track'))).toBe(9);
  });

  it('truncateToWidth(too long) → cut with … to exactly the width; short text unchanged', () => {
    expect(truncateToWidth('Reach $48M ARR', 8)).toBe('Reach $…');
    expect(truncateToWidth('日本語テキスト', 5)).toBe('日本…');
    expect(truncateToWidth('ok', 5)).toBe('ok');
    const red = truncateToWidth(createStyle(true).red('Off track'), 5);
    expect(stringWidth(red)).toBe(5);
    expect(red.endsWith('\u001b[0m')).toBe(true);
  });

  it('padToWidth(wide text) → pads by display width', () => {
    expect(padToWidth('日本', 6)).toBe('日本  ');
    expect(padToWidth('7', 3, 'right')).toBe('  7');
  });
});

describe('formatTable', () => {
  it('formatTable(rows with accents and numbers) → aligned columns, rule under the header, right-aligned numbers', () => {
    const text = formatTable(
      [{ header: 'Name' }, { header: 'Score', align: 'right' }],
      [
        ['Søren', '3.5'],
        ['日本', '10.25'],
      ],
    );
    expect(text).toBe('Name   Score\n─────  ─────\nSøren    3.5\n日本   10.25\n');
  });

  it('formatTable(width smaller than the content) → the flexible column is cut to fit', () => {
    const text = formatTable(
      [
        { header: 'Goal', flex: true, minWidth: 6 },
        { header: 'Pct', align: 'right' },
      ],
      [['A very long goal title indeed', '50%']],
      { width: 16 },
    );
    for (const line of text.trimEnd().split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(16);
    expect(text).toContain('A very lon…  50%');
  });

  it('formatTable(multi-line cells) → each cell line on its own output line, rows as tall as their tallest cell', () => {
    const text = formatTable([{ header: 'A' }, { header: 'B' }], [['1\n2', 'x']]);
    expect(text).toBe('A  B\n─  ─\n1  x\n2\n');
  });
});

describe('wrapText', () => {
  it('wrapText(long prose) → lines within the width, words kept whole, continuation indented', () => {
    expect(wrapText('aa bb cc dd', 5)).toBe('aa bb\ncc dd');
    expect(wrapText('aa bb cc dd', 5, 2)).toBe('aa bb\n  cc\n  dd');
    expect(wrapText('short', 80)).toBe('short');
  });
});
