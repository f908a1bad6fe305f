import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from './CliError.js';
import { booleanCell, type CellRef, choiceCell, numberCell, textCell } from './parseCell.js';

const ref: CellRef = { file: 'g.csv', line: 14, column: 9, name: 'weight' };

function error(fn: () => unknown): CliError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error('expected a NorthstarError');
}

describe('parseCell', () => {
  it('numberCell(plain decimals) → numbers; empty or blank → undefined', () => {
    expect(numberCell('0.25', ref)).toBe(0.25);
    expect(numberCell(' -2 ', ref)).toBe(-2);
    expect(numberCell('1e3', ref)).toBe(1000);
    expect(numberCell('.5', ref)).toBe(0.5);
    expect(numberCell('', ref)).toBeUndefined();
    expect(numberCell('   ', ref)).toBeUndefined();
    expect(numberCell(undefined, ref)).toBeUndefined();
  });

  it('numberCell("abc", "1,5", "NaN", "Infinity", "0x10", "1e999") → INVALID_INPUT at the cell', () => {
    for (const raw of ['abc', '1,5', 'NaN', 'Infinity', '-Infinity', '0x10', '1e999', '5%', '1 000']) {
      const e = error(() => numberCell(raw, ref));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.details).toMatchObject({ file: 'g.csv', line: 14, column: 9, field: 'weight', value: raw });
      expect(e.message).toContain(JSON.stringify(raw));
    }
  });

  it('numberCell(String(x)) → x for every finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(numberCell(String(x), ref)).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 300 },
    );
  });

  it('booleanCell(true/FALSE/empty/yes) → true, false, undefined, INVALID_INPUT', () => {
    expect(booleanCell('true', ref)).toBe(true);
    expect(booleanCell('FALSE', ref)).toBe(false);
    expect(booleanCell('', ref)).toBeUndefined();
    expect(error(() => booleanCell('yes', ref)).message).toBe('weight must be true or false, got "yes"');
  });

  it('choiceCell(known, unknown) → the word, or INVALID_INPUT listing the choices', () => {
    expect(choiceCell(' min ', ref, ['min', 'max'])).toBe('min');
    expect(error(() => choiceCell('median', ref, ['min', 'max'])).message).toBe(
      'weight must be one of min, max, got "median"',
    );
  });

  it('textCell(padded, empty) → trimmed text or undefined', () => {
    expect(textCell(' g-1 ')).toBe('g-1');
    expect(textCell('')).toBeUndefined();
  });
});
