import { describe, expect, it } from 'vitest';
import * as goalTree from './index.js';

// The public surface of @northstar/react/goal-tree: adding or removing a name is a deliberate, reviewed change.
describe('@northstar/react/goal-tree exports', () => {
  it('exports exactly the documented runtime names', () => {
    expect(Object.keys(goalTree).sort()).toEqual([
      'GOAL_TREE_MESSAGES',
      'GoalTree',
      'MAX_SCROLL_HEIGHT',
      'buildGoalGraph',
      'createScrollScale',
      'goalTreeKey',
      'parseCheckInValue',
      'parseLocaleNumber',
      'resolveGoalTree',
      'typeAhead',
      'useGoalTree',
    ]);
  });

  it('ships every catalogue locale with exactly the English keys', () => {
    const keys = Object.keys(goalTree.GOAL_TREE_MESSAGES.en).sort();
    for (const [locale, messages] of Object.entries(goalTree.GOAL_TREE_MESSAGES)) {
      expect(Object.keys(messages).sort(), locale).toEqual(keys);
    }
  });
});
