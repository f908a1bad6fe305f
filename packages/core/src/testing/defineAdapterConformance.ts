import type { ConformanceSubject, ConformanceTarget, ConformanceTestApi } from './conformance.types.js';
import { defineBadInputConformance } from './conformanceBadInput.js';
import { defineBehaviourConformance } from './conformanceBehaviour.js';
import { createConformanceContext } from './conformanceContext.js';
import { defineDirectoryConformance } from './conformanceDirectory.js';
import { defineFeedbackConformance } from './conformanceFeedback.js';
import { defineGoalConformance } from './conformanceGoals.js';
import { defineKpiConformance } from './conformanceKpis.js';
import { defineTalentConformance } from './conformanceTalent.js';

/**
 * Registers the adapter conformance suite (the contract's semantics, domain by domain) under the runner you pass,
 * so your own adapter is held to the same tests as the memory and REST adapters.
 *
 * @example
 * import { afterAll, beforeAll, describe, expect, it } from 'vitest';
 * import { defineAdapterConformance } from '@northstar/core/testing';
 *
 * defineAdapterConformance(
 *   { name: 'my adapter', create: async () => ({ adapter: createMyAdapter(), fixture: myFixture }) },
 *   { describe, it, expect, beforeAll, afterAll },
 * );
 */
export function defineAdapterConformance(subject: ConformanceSubject, api: ConformanceTestApi): void {
  let target: ConformanceTarget | undefined;
  const current = (): ConformanceTarget => {
    if (target === undefined) throw new Error(`conformance subject "${subject.name}" was not created`);
    return target;
  };
  const timeout = subject.setupTimeoutMs ?? 60_000;
  const context = createConformanceContext(api, current);

  api.describe(`adapter conformance: ${subject.name}`, () => {
    api.beforeAll(async () => {
      target = await subject.create();
    }, timeout);
    api.afterAll(async () => {
      await target?.cleanup?.();
    }, timeout);

    defineGoalConformance(context);
    defineKpiConformance(context);
    defineFeedbackConformance(context);
    defineTalentConformance(context);
    defineDirectoryConformance(context);
    defineBehaviourConformance(context);
    defineBadInputConformance(context);
  });
}
