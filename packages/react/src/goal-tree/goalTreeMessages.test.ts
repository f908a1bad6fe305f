import { describe, expect, it } from 'vitest';
import * as goalTree from './index.js';

// The runtime names are locked in src/exports.test.ts; this checks the catalogue the entry ships.
describe('@northstar/react/goal-tree catalogue', () => {
  it('ships every catalogue locale with exactly the English keys', () => {
    const keys = Object.keys(goalTree.GOAL_TREE_MESSAGES.en).sort();
    for (const [locale, messages] of Object.entries(goalTree.GOAL_TREE_MESSAGES)) {
      expect(Object.keys(messages).sort(), locale).toEqual(keys);
    }
  });
});
