import { describe, expect, it } from 'vitest';
import { checkCheckInValue, parseCheckInValue, parseLocaleNumber } from './parseCheckInValue.js';

describe('parseLocaleNumber', () => {
  it('reads numbers as each locale writes them', () => {
    expect(parseLocaleNumber('1.234,5', 'de-DE')).toBe(1234.5);
    expect(parseLocaleNumber('1,234.5', 'en-US')).toBe(1234.5);
    expect(parseLocaleNumber('1\u202f234,5', 'fr-FR')).toBe(1234.5);
    expect(parseLocaleNumber('1 234,5', 'fr-FR')).toBe(1234.5);
    expect(parseLocaleNumber('1.5', 'fr-FR')).toBe(1.5);
    expect(parseLocaleNumber('-0,25', 'es-ES')).toBe(-0.25);
    expect(parseLocaleNumber('١٬٢٣٤٫٥', 'ar-EG')).toBe(1234.5);
    expect(parseLocaleNumber('1,234', 'ja-JP')).toBe(1234);
  });

  it('is NaN for anything that is not a number', () => {
    for (const text of ['abc', 'NaN', 'Infinity', '1,2,3.4.5', '12abc', '--1', '']) {
      expect(parseLocaleNumber(text, 'en-US')).toBeNaN();
    }
  });
});

describe('parseCheckInValue', () => {
  const linear = { start: 0, target: 100 };
  it('accepts a finite number for a linear key result', () => {
    expect(parseCheckInValue('1.234,5', 'de-DE', linear)).toEqual({ ok: true, value: 1234.5 });
  });

  it('refuses empty, letters and NaN with a reason the field shows', () => {
    expect(parseCheckInValue('  ', 'en-US', linear)).toEqual({ ok: false, reason: 'empty' });
    expect(parseCheckInValue('abc', 'en-US', linear)).toEqual({ ok: false, reason: 'notANumber' });
    expect(parseCheckInValue('NaN', 'en-US', linear)).toEqual({ ok: false, reason: 'notANumber' });
  });

  it('keeps a range key result within the values that can still score, and a binary one to 0 or 1', () => {
    const range = { kind: 'range' as const, min: 95, max: 100, tolerance: 2 };
    expect(parseCheckInValue('97', 'en-US', range)).toEqual({ ok: true, value: 97 });
    expect(parseCheckInValue('120', 'en-US', range)).toEqual({
      ok: false,
      reason: 'outOfRange',
      min: 93,
      max: 102,
    });
    expect(parseCheckInValue('1', 'en-US', { kind: 'binary' })).toEqual({ ok: true, value: 1 });
    expect(parseCheckInValue('2', 'en-US', { kind: 'binary' })).toEqual({ ok: false, reason: 'notBinary' });
  });
});

describe('checkCheckInValue (a host UI hands over a number)', () => {
  it('refuses NaN and infinities, and applies the same binary and range rules as typed input', () => {
    expect(checkCheckInValue(Number.NaN, undefined)).toEqual({ ok: false, reason: 'notANumber' });
    expect(checkCheckInValue(Number.POSITIVE_INFINITY, undefined)).toEqual({
      ok: false,
      reason: 'notANumber',
    });
    expect(checkCheckInValue(0.5, { kind: 'binary' })).toEqual({ ok: false, reason: 'notBinary' });
    const range = { kind: 'range' as const, min: 95, max: 100, tolerance: 2 };
    expect(checkCheckInValue(92, range)).toEqual({ ok: false, reason: 'outOfRange', min: 93, max: 102 });
    expect(checkCheckInValue(1234.5, { start: 0, target: 2000 })).toEqual({ ok: true, value: 1234.5 });
  });
});
