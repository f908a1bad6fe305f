// The public API of @northstar/core/testing, listed explicitly and locked by src/exports.test.ts.

export type {
  ConformanceExpectation,
  ConformanceFixture,
  ConformanceSubject,
  ConformanceTarget,
  ConformanceTestApi,
} from './conformance.types.js';
export { CONFORMANCE_FIXTURE, CONFORMANCE_SEED } from './conformanceSeed.js';
export { defineAdapterConformance } from './defineAdapterConformance.js';
