// The public API of @northstar/core/adapters, listed explicitly and locked by src/exports.test.ts.

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
} from './adapter.types.js';
export { adapterCapabilities } from './adapterCapabilities.js';
export { ADAPTER_DOMAINS, ADAPTER_METHODS } from './adapterMethods.js';
export { combineAdapters } from './combineAdapters.js';
export { createMemoryAdapter } from './createMemoryAdapter.js';
export { createTestAdapter, type TestAdapter, type TestAdapterOverrides } from './createTestAdapter.js';
export type {
  MemoryAdapter,
  MemoryAdapterOptions,
  MemoryAdapterSeed,
  MemoryCall,
  MemoryRecordKind,
} from './memoryAdapter.types.js';
