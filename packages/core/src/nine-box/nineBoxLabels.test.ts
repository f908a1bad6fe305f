import { describe, expect, it } from 'vitest';
import { NINE_BOX_LABELS } from './nineBoxLabels.js';

describe('NINE_BOX_LABELS', () => {
  it('NINE_BOX_LABELS → a title and description for each box 1..9, Star at 9 and Talent risk at 1', () => {
    expect(Object.keys(NINE_BOX_LABELS)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    for (const label of Object.values(NINE_BOX_LABELS)) {
      expect(label.title.length).toBeGreaterThan(0);
      expect(label.description.length).toBeGreaterThan(0);
    }
    expect(NINE_BOX_LABELS[1]?.title).toBe('Talent risk');
    expect(NINE_BOX_LABELS[9]?.title).toBe('Star');
    expect(Object.isFrozen(NINE_BOX_LABELS)).toBe(true);
  });
});
