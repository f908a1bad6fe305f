import type { Goal, ParentEdge } from '../domain/goal.types.js';
import { fail, isFiniteNumber, show, where } from '../internal/assert.js';
import { requireObject, requireOneOf, requireText } from './memoryChecks.js';
import { validateMetric } from './validateMetric.js';

const OWNER_TYPES = ['company', 'team', 'person'] as const;
const LEVELS = ['company', 'department', 'team', 'person', 'key-result'] as const;
const STATUSES = ['draft', 'active', 'done', 'cancelled'] as const;
const METHODS = ['weighted-mean', 'mean', 'min', 'max', 'sum'] as const;

function requireWeight(value: unknown, id: string | undefined, field: string): void {
  if (value !== undefined && (!isFiniteNumber(value) || value < 0)) {
    fail('INVALID_WEIGHT', `${where('goal', id, field)} must be a finite number ≥ 0, got ${show(value)}`, {
      id,
      field,
      value,
    });
  }
}

function checkParentId(
  value: unknown,
  goalId: string | undefined,
  field: string,
  exists: (id: string) => boolean,
): string {
  const parentId = requireText(value, 'INVALID_ID', 'goal', goalId, field);
  if (parentId === goalId) {
    fail('CYCLE', `goal ${show(goalId)} cannot align to itself (${field})`, {
      id: goalId,
      field,
      cycle: [parentId, parentId],
    });
  }
  if (!exists(parentId)) {
    fail('UNKNOWN_PARENT', `${where('goal', goalId, field)} names unknown goal ${show(parentId)}`, {
      id: goalId,
      field,
      value: parentId,
    });
  }
  return parentId;
}

/**
 * Checks the edges' shape and weights and that each parent exists, is not the goal itself and appears once.
 *
 * @example
 * validateParents([{ id: 'o-1', weight: 2 }], 'kr-1', (id) => goals.has(id));
 */
export function validateParents(
  parents: unknown,
  goalId: string | undefined,
  exists: (id: string) => boolean,
): asserts parents is ParentEdge[] {
  if (!Array.isArray(parents)) {
    fail(
      'UNKNOWN_PARENT',
      `${where('goal', goalId, 'parents')} must be an array of { id, weight? }, got ${show(parents)}`,
      {
        id: goalId,
        field: 'parents',
        value: parents,
      },
    );
  }
  const seen = new Set<string>();
  parents.forEach((edge: unknown, index) => {
    const field = `parents[${index}]`;
    const e = requireObject(edge, 'UNKNOWN_PARENT', 'goal', goalId, field);
    const parentId = checkParentId(e.id, goalId, `${field}.id`, exists);
    requireWeight(e.weight, goalId, `${field}.weight`);
    if (seen.has(parentId)) {
      fail('DUPLICATE_ID', `${where('goal', goalId, `${field}.id`)} repeats parent ${show(parentId)}`, {
        id: goalId,
        field: `${field}.id`,
        value: parentId,
      });
    }
    seen.add(parentId);
  });
}

/**
 * Checks every field of a goal record except `id` and `checkIns`; errors name the goal and the field.
 *
 * @example
 * validateGoal({ title: 'Grow', weight: 2 }, 'o-1', (id) => goals.has(id));
 */
export function validateGoal(
  goal: Omit<Goal, 'id'>,
  id: string | undefined,
  exists: (id: string) => boolean,
): void {
  requireObject(goal, 'INVALID_VALUE', 'goal', id, 'goal');
  requireText(goal.title, 'EMPTY_INPUT', 'goal', id, 'title');
  requireOneOf(goal.ownerType, OWNER_TYPES, 'INVALID_OPTION', 'goal', id, 'ownerType');
  requireOneOf(goal.level, LEVELS, 'INVALID_OPTION', 'goal', id, 'level');
  requireOneOf(goal.status, STATUSES, 'INVALID_OPTION', 'goal', id, 'status');
  requireOneOf(goal.method, METHODS, 'INVALID_OPTION', 'goal', id, 'method');
  requireWeight(goal.weight, id, 'weight');
  if (goal.metric !== undefined) validateMetric(goal.metric, id);
  if (goal.parentId !== undefined && goal.parentId !== null) {
    checkParentId(goal.parentId, id, 'parentId', exists);
  }
  if (goal.parents !== undefined) validateParents(goal.parents, id, exists);
}
