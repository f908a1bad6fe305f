import type { Person, TalentMoveRecord } from '@northstar/core';
import { describe, expect, it } from 'vitest';
import { historyCsv, placementsCsv } from './exportNineBox.js';
import { resolveNineBox } from './resolveNineBox.js';
import { format, t } from './testText.js';
import { csvCell } from './toCsv.js';

describe('nine-box CSV export', () => {
  it('placements → the CLI ninebox columns, placed people then the not placed', () => {
    const people: Person[] = [
      { id: 'p-1', name: 'Ada Lovelace', department: 'Engineering' },
      { id: 'p-2', name: 'Grace, "Amazing" Hopper' },
    ];
    const { model } = resolveNineBox(
      {
        records: [
          { personId: 'p-1', performance: 0.9, potential: 0.9 },
          { personId: 'p-2', performance: null, potential: 0.5 },
        ],
        people,
      },
      t,
      format,
    );
    expect(placementsCsv(model).split('\r\n')).toEqual([
      'id,name,department,performance,potential,performanceLevel,potentialLevel,box,label',
      'p-1,Ada Lovelace,Engineering,0.9,0.9,2,2,9,Star',
      'p-2,"Grace, ""Amazing"" Hopper",,,0.5,,,,',
      '',
    ]);
  });

  it('a cell a spreadsheet would run as a formula → prefixed with an apostrophe; numbers untouched', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('+33 6 12')).toBe("'+33 6 12");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('history → one row per move with names and both placements', () => {
    const records: TalentMoveRecord[] = [
      {
        id: 'move-1',
        personId: 'p-1',
        cycleId: '2026-h2',
        from: { performance: 0.5, potential: 0.5, box: 5 },
        to: { performance: 0.8, potential: 0.5, box: 6 },
        reason: '=cmd|calc',
        movedBy: 'p-9',
        at: '2026-12-01T10:00:00.000Z',
      },
    ];
    expect(historyCsv(records, () => 'Ada Lovelace').split('\r\n')[1]).toBe(
      "move-1,p-1,Ada Lovelace,2026-h2,0.5,0.5,5,0.8,0.5,6,'=cmd|calc,p-9,2026-12-01T10:00:00.000Z",
    );
  });
});
