import { describe, expect, it } from 'vitest';
import * as entry from './index.js';

describe('public exports', () => {
  it('exports exactly createRestAdapter at runtime (a semver decision: update this and add a changeset)', () => {
    expect(Object.keys(entry).sort()).toEqual(['createRestAdapter']);
  });
});
