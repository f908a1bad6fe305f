import { describe, expect, it } from 'vitest';
import { NorthstarError } from '../errors/NorthstarError.js';
import { bandOf } from './bandOf.js';
import { OKR_BANDS } from './okrBands.js';

describe('bandOf', () => {
  it('bandOf a value exactly on a threshold returns the higher band', () => {
    expect(bandOf(0.4, OKR_BANDS)?.id).toBe('yellow');
    expect(bandOf(0.7, OKR_BANDS)?.id).toBe('green');
  });
  it('bandOf just under a threshold returns the lower band', () => {
    expect(bandOf(0.3999, OKR_BANDS)?.id).toBe('red');
    expect(bandOf(0.6999, OKR_BANDS)?.id).toBe('yellow');
  });
  it('bandOf returns one of the band objects passed, not a copy', () => {
    expect(bandOf(1, OKR_BANDS)).toBe(OKR_BANDS[2]);
  });
  it('bandOf below the first threshold returns the first band', () => {
    expect(bandOf(-0.2, OKR_BANDS)?.id).toBe('red');
  });
  it('bandOf null is null', () => {
    expect(bandOf(null, OKR_BANDS)).toBeNull();
  });
  it('OKR_BANDS follow Google grading: red 0, yellow 0.4, green 0.7', () => {
    expect(OKR_BANDS.map((b) => [b.id, b.from])).toEqual([
      ['red', 0],
      ['yellow', 0.4],
      ['green', 0.7],
    ]);
  });
  it('bandOf with unsorted bands throws INVALID_BANDS naming the band', () => {
    const bands = [
      { id: 'a', label: 'A', from: 0 },
      { id: 'c', label: 'C', from: 0.8 },
      { id: 'b', label: 'B', from: 0.5 },
    ];
    expect(() => bandOf(0.6, bands)).toThrow(/bands\[2\].*"b"/);
    try {
      bandOf(0.6, bands);
    } catch (e) {
      expect((e as NorthstarError).code).toBe('INVALID_BANDS');
    }
  });
  it('bandOf with no bands throws INVALID_BANDS', () => {
    expect(() => bandOf(0.5, [])).toThrow(NorthstarError);
  });
  it('bandOf NaN throws INVALID_VALUE rather than picking a band', () => {
    expect(() => bandOf(Number.NaN, OKR_BANDS)).toThrow(/finite/);
  });
});
