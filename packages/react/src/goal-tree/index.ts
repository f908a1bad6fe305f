// The public API of @northstar/react/goal-tree, listed explicitly.
export { type BuildGoalGraphOptions, buildGoalGraph, type GoalGraphResult } from './buildGoalGraph.js';
export type { GoalRowContext, GoalRowFormat, GoalTreeRow, GoalTreeTranslate } from './describeGoalRow.js';
export { type ExpandAllPlan, expandAllIds } from './expandAllIds.js';
export type { GoalTreeRows } from './flattenGoalTree.js';
export { GoalTree } from './GoalTree.js';
export type { GoalGraph, GoalGraphProblem } from './goalGraph.types.js';
export type {
  GoalAlignEvent,
  GoalCheckInEvent,
  GoalCheckInRequest,
  GoalTreeColumnId,
  GoalTreeFilter,
  GoalTreeProps,
} from './goalTree.types.js';
export { type GoalTreeFocus, type GoalTreeKeyAction, goalTreeKey, typeAhead } from './goalTreeKeys.js';
export { GOAL_TREE_MESSAGES, type GoalTreeMessageKey } from './goalTreeMessages.js';
export { type ParsedCheckIn, parseCheckInValue, parseLocaleNumber } from './parseCheckInValue.js';
export { type GoalTreeModel, type ResolveGoalTreeInput, resolveGoalTree } from './resolveGoalTree.js';
export { createScrollScale, MAX_SCROLL_HEIGHT, type ScrollScale } from './scrollScale.js';
export {
  type GoalTreeApi,
  type GoalTreeFocusRequest,
  type UseGoalTreeOptions,
  useGoalTree,
} from './useGoalTree.js';
