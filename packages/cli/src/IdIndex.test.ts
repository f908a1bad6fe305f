import { describe, expect, it } from 'vitest';
import { IdIndex } from './IdIndex.js';

describe('IdIndex', () => {
  it('gives each distinct id the next index and the same index again, across table growth', () => {
    const index = new IdIndex();
    const n = 20_000;
    for (let i = 0; i < n; i++) expect(index.intern(`g-${i}`)).toBe(i);
    // Ids that differ only in case, Unicode and the empty string are distinct keys.
    expect(index.intern('G-1')).toBe(n);
    expect(index.intern('Søren')).toBe(n + 1);
    expect(index.intern('')).toBe(n + 2);
    for (let i = n - 1; i >= 0; i -= 7) expect(index.intern(`g-${i}`)).toBe(i);
    expect(index.intern('Søren')).toBe(n + 1);
    expect(index.ids.length).toBe(n + 3);
    expect(index.ids[123]).toBe('g-123');
  });
});
