// What a host that renders the goal tree inside a provider imports (measured by scripts/size.mjs).

export { GoalTree } from '../../dist/goal-tree.js';
export { NorthstarProvider } from '../../dist/index.js';
