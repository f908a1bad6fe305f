import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clonePlain } from './clonePlain.js';

/** Every object reachable from `value`, found iteratively. */
function objectsOf(value: unknown): Set<object> {
  const found = new Set<object>();
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || found.has(v)) continue;
    found.add(v);
    for (const child of Object.values(v)) stack.push(child);
  }
  return found;
}

describe('clonePlain', () => {
  it('clonePlain returns an equal value that shares no object with the original', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const copy = clonePlain(value);
        expect(copy).toEqual(value);
        const originals = objectsOf(value);
        for (const object of objectsOf(copy)) expect(originals.has(object)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('clonePlain copies a JSON "__proto__" key as data without changing the prototype', () => {
    const copy = clonePlain(
      JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>,
    );
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('clonePlain copies dates, keeps shared references shared and survives cycles', () => {
    const shared = { n: 1 };
    const value: Record<string, unknown> = { at: new Date(5), a: shared, b: shared };
    value.self = value;
    const copy = clonePlain(value);
    expect(copy.at).not.toBe(value.at);
    expect((copy.at as Date).getTime()).toBe(5);
    expect(copy.a).toBe(copy.b);
    expect(copy.a).not.toBe(shared);
    expect(copy.self).toBe(copy);
  });

  it('clonePlain copies a 100,000-deep chain without recursion', () => {
    let deep: { next?: unknown } = {};
    for (let i = 0; i < 100_000; i += 1) deep = { next: deep };
    const copy = clonePlain(deep);
    // Walk both chains side by side: same depth, no node shared.
    let depth = 0;
    let shared = false;
    for (let a: unknown = copy, b: unknown = deep; a !== undefined; depth += 1) {
      if (a === b) shared = true;
      a = (a as { next?: unknown }).next;
      b = (b as { next?: unknown }).next;
    }
    expect([depth, shared]).toEqual([100_001, false]);
  });
});
