import { describe, expect, it } from 'vitest';
import { LayeredMap } from './layeredMap.js';

describe('LayeredMap', () => {
  const base = new Map([
    ['a', 1],
    ['b', 2],
    ['c', 3],
  ]);

  it('answers changed keys from the changes and the rest from the base, leaving both maps as they were', () => {
    const next = LayeredMap.over(base, [['b', 20]]);
    expect(next.get('b')).toBe(20);
    expect(next.get('a')).toBe(1);
    expect(next.has('c')).toBe(true);
    expect(next.has('z')).toBe(false);
    expect(next.get('z')).toBeUndefined();
    expect(next.size).toBe(3);
    expect(base.get('b')).toBe(2);
  });

  it('iterates like the equivalent Map: base order, changed values, added keys last', () => {
    const next = LayeredMap.over(LayeredMap.over(base, [['a', 10]]), [
      ['d', 4],
      ['c', 30],
    ]);
    const expected = [
      ['a', 10],
      ['b', 2],
      ['c', 30],
      ['d', 4],
    ];
    expect([...next]).toEqual(expected);
    expect([...next.entries()]).toEqual(expected);
    expect([...next.keys()]).toEqual(['a', 'b', 'c', 'd']);
    expect([...next.values()]).toEqual([10, 2, 30, 4]);
    const seen: [string, number][] = [];
    next.forEach((value, key, map) => {
      expect(map).toBe(next);
      seen.push([key, value]);
    });
    expect(seen).toEqual(expected);
    expect(next.size).toBe(4);
  });

  it('a stacked map does not change the one it was made from', () => {
    const first = LayeredMap.over(base, [['a', 10]]);
    const second = LayeredMap.over(first, [['a', 100]]);
    expect(first.get('a')).toBe(10);
    expect(second.get('a')).toBe(100);
  });

  it('stays correct over many stacked changes, flattening into a plain Map past a few hundred', () => {
    let map: ReadonlyMap<string, number> = base;
    const flatAt: number[] = [];
    for (let i = 0; i < 300; i++) {
      map = LayeredMap.over(map, [[`k${i}`, i]]);
      if (!(map instanceof LayeredMap)) flatAt.push(i);
    }
    expect(flatAt).toEqual([256]);
    expect(map.size).toBe(303);
    expect(map.get('k299')).toBe(299);
    expect(map.get('k0')).toBe(0);
    expect(map.get('a')).toBe(1);
  });
});
