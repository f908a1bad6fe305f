// The public API of @northstar/react/nine-box, listed explicitly.
export { CalibrationPanel, type CalibrationPanelProps } from './CalibrationPanel.js';
export {
  historyCsv,
  NINE_BOX_CSV_COLUMNS,
  NINE_BOX_HISTORY_COLUMNS,
  placementsCsv,
} from './exportNineBox.js';
export {
  createMoveHistory,
  type MoveHistory,
  recordMove,
  undoTarget,
} from './moveHistory.js';
export {
  checkReason,
  MAX_REASON_LENGTH,
  type MoveEvent,
  type MoveState,
  type ReasonError,
} from './moveMachine.js';
export { NineBoxGrid } from './NineBoxGrid.js';
export type {
  NineBoxBoxLabel,
  NineBoxBoxView,
  NineBoxFilter,
  NineBoxInput,
  NineBoxModel,
  NineBoxMove,
  NineBoxPersonView,
  NineBoxProblem,
  NineBoxRowView,
} from './nineBox.types.js';
export type { NineBoxGridProps } from './nineBoxGrid.types.js';
export { NINE_BOX_MESSAGES } from './nineBoxMessages.js';
export type { NineBoxFormat, NineBoxMessageKey, NineBoxTranslate } from './nineBoxText.types.js';
export type { CalibrationLine, CalibrationModel, CalibrationOptions } from './resolveCalibration.js';
export { resolveCalibration } from './resolveCalibration.js';
export { type NineBoxResolution, rankByName, resolveNineBox } from './resolveNineBox.js';
export { resolveScope, type ScopeModel, type ScopeStep } from './resolveScope.js';
export { scoresForBox } from './scoresForBox.js';
export { type NineBoxController, type UseNineBoxOptions, useNineBox } from './useNineBox.js';
