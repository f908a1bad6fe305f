import { describe, expect, it } from 'vitest';
import * as nineBox from './index.js';

// Locks the runtime surface of @northstar/react/nine-box: adding or removing an export is a deliberate, reviewed change.
describe('@northstar/react/nine-box exports', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(nineBox).sort()).toEqual([
      'CalibrationPanel',
      'MAX_REASON_LENGTH',
      'NINE_BOX_CSV_COLUMNS',
      'NINE_BOX_HISTORY_COLUMNS',
      'NINE_BOX_MESSAGES',
      'NineBoxGrid',
      'checkReason',
      'createMoveHistory',
      'historyCsv',
      'placementsCsv',
      'rankByName',
      'recordMove',
      'resolveCalibration',
      'resolveNineBox',
      'resolveScope',
      'scoresForBox',
      'undoTarget',
      'useNineBox',
    ]);
  });
});
