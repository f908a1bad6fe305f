import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstDuplicate } from './firstDuplicate.js';

/** The obvious definition, to compare against. */
function firstDuplicateNaive(ids: readonly string[]): number {
  for (let i = 0; i < ids.length; i++) if (ids.indexOf(ids[i]!) < i) return i;
  return -1;
}

/** FNV-1a, as the implementation uses, only to build ids that all land in one probe run. */
function fnv(id: string): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < id.length; c++) h = Math.imul(h ^ id.charCodeAt(c), 0x01000193);
  return h;
}

describe('firstDuplicate', () => {
  it('firstDuplicate(["a", "b", "a"]) → 2', () => {
    expect(firstDuplicate(['a', 'b', 'a'])).toBe(2);
  });

  it('firstDuplicate of distinct ids → −1', () => {
    expect(firstDuplicate([])).toBe(-1);
    expect(firstDuplicate(Array.from({ length: 10_000 }, (_, i) => `id-${i}`))).toBe(-1);
  });

  it('firstDuplicate stays correct when every id hashes to the same slot (falls back to a Set)', () => {
    // 600 ids whose hashes share their low 11 bits: one long probe run exhausts the budget.
    const ids: string[] = [];
    for (let i = 0; ids.length < 600; i++) if ((fnv(`k${i}`) & 2047) === 0) ids.push(`k${i}`);
    expect(firstDuplicate(ids)).toBe(-1);
    expect(firstDuplicate([...ids, ids[300]!])).toBe(600);
  });

  it('firstDuplicate agrees with the naive definition', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 200 }), (ids) => {
        expect(firstDuplicate(ids)).toBe(firstDuplicateNaive(ids));
      }),
      { numRuns: 300 },
    );
  });
});
