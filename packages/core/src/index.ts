// The public API of @northstar/core. Names are listed explicitly (no `export *`) so the surface is reviewable and
// locked by src/exports.test.ts.

export type {
  AdapterCapabilities,
  AdapterChange,
  AdapterDomain,
  AdapterListener,
  CheckInInput,
  CompleteAdapter,
  CyclesAdapter,
  DomainCapabilities,
  FeedbackAdapter,
  FeedbackDraftInput,
  FeedbackDraftKey,
  FeedbackRequestInput,
  FeedbackRequestQuery,
  FeedbackResponseInput,
  FeedbackResponseQuery,
  FeedbackSummaryQuery,
  GoalInput,
  GoalPatch,
  GoalQuery,
  GoalsAdapter,
  KpiHistoryRange,
  KpiQuery,
  KpiSampleInput,
  KpisAdapter,
  NorthstarAdapter,
  PeopleAdapter,
  PeopleQuery,
  ReadOptions,
  TalentAdapter,
  TalentMove,
  TalentMoveQuery,
  TalentQuery,
  WriteOptions,
} from './adapter/adapter.types.js';
export type { Rating } from './calibration/calibration.types.js';
export type {
  FeedbackAnswer,
  FeedbackDraft,
  FeedbackQuestion,
  FeedbackRequest,
  FeedbackRequestStatus,
  FeedbackResponse,
  FeedbackTemplate,
  Relationship,
} from './domain/feedback.types.js';
export type { CheckIn, Goal, GoalLevel, GoalOwnerType, GoalStatus, KeyResult } from './domain/goal.types.js';
export type { Kpi, KpiFormat, KpiSample } from './domain/kpi.types.js';
export type { Person } from './domain/person.types.js';
export type { ReviewCycle, ReviewCycleStatus } from './domain/reviewCycle.types.js';
export type { TalentMoveRecord, TalentPlacement, TalentRecord } from './domain/talent.types.js';
export { NORTHSTAR_ERROR_CODES, type NorthstarErrorCode } from './errors/errorCodes.js';
export {
  isNorthstarError,
  NorthstarError,
  type NorthstarErrorDetails,
  type NorthstarErrorOptions,
} from './errors/NorthstarError.js';
export type { KpiDirection, KpiInput } from './kpi/kpi.types.js';
export { kpiAttainment } from './kpi/kpiAttainment.js';
export { KPI_BANDS } from './kpi/kpiBands.js';
export { type KpiStatus, kpiStatus } from './kpi/kpiStatus.js';
export type { NineBoxPerson } from './nine-box/nineBox.types.js';
export { NINE_BOX_LABELS } from './nine-box/nineBoxLabels.js';
export type {
  NineBoxCell,
  NineBoxLabel,
  NineBoxOptions,
  NineBoxPlacement,
  NineBoxSummary,
  NineBoxSummaryItem,
  NineBoxSummaryOptions,
} from './nine-box/nineBoxResult.types.js';
export { placeNineBox } from './nine-box/placeNineBox.js';
export { NINE_BOX_DEFAULT_CUTS } from './nine-box/resolveCuts.js';
export { summarizeNineBox } from './nine-box/summarizeNineBox.js';
export type { Band } from './progress/band.types.js';
export { bandOf } from './progress/bandOf.js';
export { OKR_BANDS } from './progress/okrBands.js';
export { progress } from './progress/progress.js';
export type {
  BinaryMetric,
  LinearMetric,
  Metric,
  MetricDirection,
  RangeMetric,
} from './progress/progress.types.js';
export { rollup } from './rollup/rollup.js';
export type {
  MissingPolicy,
  ParentEdge,
  Rollup,
  RollupEntry,
  RollupMethod,
  RollupNode,
  RollupOptions,
} from './rollup/rollup.types.js';
export {
  type RollupColumnsInput,
  type RollupColumnsOptions,
  type RollupColumnsResult,
  rollupColumns,
} from './rollup/rollupColumns.js';
export { defineScale } from './scales/defineScale.js';
export { type LookupOptions, type LookupRow, lookup } from './scales/lookup.js';
export { convertScale, denormalize, normalize } from './scales/normalize.js';
export type { Scale, ScaleInput } from './scales/scale.types.js';
export {
  type ComposedPart,
  type ComposedScore,
  type ComposeOptions,
  composeScore,
} from './score/composeScore.js';
