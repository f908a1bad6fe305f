import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from './index.js';

// The public runtime surface. Changing it is a semver decision: update this list and add a changeset.
const PUBLIC_RUNTIME_EXPORTS = [
  'ADAPTER_DOMAINS',
  'ADAPTER_METHODS',
  'FEEDBACK_GROUP_LABELS',
  'KPI_BANDS',
  'NINE_BOX_DEFAULT_CUTS',
  'NINE_BOX_LABELS',
  'NORTHSTAR_ERROR_CODES',
  'NorthstarError',
  'OKR_BANDS',
  'RELATIONSHIPS',
  'adapterCapabilities',
  'adverseImpact',
  'aggregateFeedback',
  'bandOf',
  'calibrate',
  'chiSquarePValue',
  'combineAdapters',
  'composeScore',
  'convertScale',
  'createMemoryAdapter',
  'createTestAdapter',
  'defineScale',
  'denormalize',
  'distributionCheck',
  'forceDistribution',
  'isNorthstarError',
  'kpiAttainment',
  'kpiStatus',
  'lookup',
  'normalize',
  'placeNineBox',
  'progress',
  'raterLeniency',
  'rollup',
  'rollupColumns',
  'summarizeNineBox',
  'validateFeedbackTemplate',
];

describe('public exports', () => {
  it('the index exports exactly the locked list of runtime names', () => {
    expect(Object.keys(core).sort()).toEqual([...PUBLIC_RUNTIME_EXPORTS].sort());
  });

  it('every runtime export is documented with TSDoc that has an @example', () => {
    const index = readFileSync(fileURLToPath(new URL('./index.ts', import.meta.url)), 'utf8');
    const missing: string[] = [];
    for (const name of PUBLIC_RUNTIME_EXPORTS) {
      // Find the module the barrel re-exports the name from.
      const line = [...index.matchAll(/export \{([^}]*)\} from '([^']+)'/g)].find(([, names]) =>
        names!.split(',').some((n) => n.trim().replace(/^type /, '') === name),
      );
      const file = line?.[2];
      if (!file) {
        missing.push(`${name} (not found in index.ts)`);
        continue;
      }
      const source = readFileSync(fileURLToPath(new URL(file.replace(/\.js$/, '.ts'), import.meta.url)), 'utf8');
      const declaration = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:const|function|class) ${name}\\b`);
      const doc = declaration.exec(source)?.[1];
      if (!doc || !doc.includes('@example')) missing.push(name);
    }
    expect(missing).toEqual([]);
  });
});
