import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naturalCompare } from './naturalCompare.js';

describe('naturalCompare', () => {
  it('naturalCompare on ids with numbers → numeric order of the digit runs', () => {
    expect(['g-10', 'g-2', 'g-0001', 'g-1b', 'a', 'g-1'].sort(naturalCompare)).toEqual([
      'a',
      'g-0001',
      'g-1',
      'g-1b',
      'g-2',
      'g-10',
    ]);
  });

  it('naturalCompare(prefix-number ids) → the same order as their numbers', () => {
    fc.assert(
      fc.property(fc.nat(1e9), fc.nat(1e9), (a, b) => {
        expect(Math.sign(naturalCompare(`p-${a}`, `p-${b}`))).toBe(Math.sign(a - b));
      }),
      { numRuns: 300 },
    );
  });

  it('naturalCompare(a, b) → the opposite sign of naturalCompare(b, a), and 0 only for equal strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ab = Math.sign(naturalCompare(a, b));
        expect(ab + Math.sign(naturalCompare(b, a))).toBe(0);
        expect(ab === 0).toBe(a === b);
      }),
      { numRuns: 300 },
    );
  });
});
