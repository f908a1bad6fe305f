import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as adapters from './adapter/index.js';
import * as calibration from './calibration/index.js';
import * as feedback from './feedback/index.js';
import * as core from './index.js';
import * as testing from './testing/index.js';

// The public runtime surface of each entry. Changing it is a semver decision: update this list and add a changeset.
const ENTRIES = {
  '@northstar/core': { module: core, barrel: './index.ts' },
  '@northstar/core/feedback': { module: feedback, barrel: './feedback/index.ts' },
  '@northstar/core/calibration': { module: calibration, barrel: './calibration/index.ts' },
  '@northstar/core/adapters': { module: adapters, barrel: './adapter/index.ts' },
  '@northstar/core/testing': { module: testing, barrel: './testing/index.ts' },
} as const;

const PUBLIC_RUNTIME_EXPORTS: Record<keyof typeof ENTRIES, string[]> = {
  '@northstar/core': [
    'KPI_BANDS',
    'NINE_BOX_DEFAULT_CUTS',
    'NINE_BOX_LABELS',
    'NORTHSTAR_ERROR_CODES',
    'NorthstarError',
    'OKR_BANDS',
    'bandOf',
    'composeScore',
    'convertScale',
    'defineScale',
    'denormalize',
    'isNorthstarError',
    'kpiAttainment',
    'kpiStatus',
    'lookup',
    'normalize',
    'placeNineBox',
    'progress',
    'rollup',
    'rollupColumns',
    'summarizeNineBox',
  ],
  '@northstar/core/feedback': [
    'FEEDBACK_GROUP_LABELS',
    'NOT_APPLICABLE',
    'RELATIONSHIPS',
    'aggregateFeedback',
    'compareSelfToOthers',
    'validateAnswer',
    'validateFeedbackTemplate',
  ],
  '@northstar/core/calibration': [
    'adverseImpact',
    'calibrate',
    'chiSquarePValue',
    'distributionCheck',
    'forceDistribution',
    'raterLeniency',
  ],
  '@northstar/core/adapters': [
    'ADAPTER_DOMAINS',
    'ADAPTER_METHODS',
    'adapterCapabilities',
    'combineAdapters',
    'createMemoryAdapter',
    'createTestAdapter',
  ],
  '@northstar/core/testing': ['CONFORMANCE_FIXTURE', 'CONFORMANCE_SEED', 'defineAdapterConformance'],
};

describe('public exports', () => {
  it.each(Object.keys(ENTRIES) as (keyof typeof ENTRIES)[])(
    '%s exports exactly its locked list of runtime names',
    (entry) => {
      expect(Object.keys(ENTRIES[entry].module).sort()).toEqual([...PUBLIC_RUNTIME_EXPORTS[entry]].sort());
    },
  );

  it('subpaths share one NorthstarError class, so instanceof works across entries', async () => {
    const { aggregateFeedback } = feedback;
    expect(() => aggregateFeedback([], { id: 't', questions: [{ id: 'q', kind: 'nope' as never }] })).toThrow(
      core.NorthstarError,
    );
  });

  it.each(Object.keys(ENTRIES) as (keyof typeof ENTRIES)[])(
    'every runtime export of %s has TSDoc with an @example',
    (entry) => {
      const barrel = ENTRIES[entry].barrel;
      const index = readFileSync(fileURLToPath(new URL(barrel, import.meta.url)), 'utf8');
      const missing: string[] = [];
      for (const name of PUBLIC_RUNTIME_EXPORTS[entry]) {
        // Find the module the barrel re-exports the name from.
        const line = [...index.matchAll(/export \{([^}]*)\} from '([^']+)'/g)].find(([, names]) =>
          names!.split(',').some((n) => n.trim().replace(/^type /, '') === name),
        );
        const file = line?.[2];
        if (!file) {
          missing.push(`${name} (not found in index.ts)`);
          continue;
        }
        const source = readFileSync(
          fileURLToPath(new URL(file.replace(/\.js$/, '.ts'), new URL(barrel, import.meta.url))),
          'utf8',
        );
        const declaration = new RegExp(
          `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:const|function|class) ${name}\\b`,
        );
        const doc = declaration.exec(source)?.[1];
        if (!doc?.includes('@example')) missing.push(name);
      }
      expect(missing).toEqual([]);
    },
  );
});
