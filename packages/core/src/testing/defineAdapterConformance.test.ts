import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../adapter/createMemoryAdapter.js';
import { CONFORMANCE_FIXTURE, CONFORMANCE_SEED } from './conformanceSeed.js';
import { defineAdapterConformance } from './defineAdapterConformance.js';

defineAdapterConformance(
  {
    name: 'memory',
    create: () => ({ adapter: createMemoryAdapter(CONFORMANCE_SEED), fixture: CONFORMANCE_FIXTURE }),
  },
  { describe, it, expect, beforeAll, afterAll },
);
