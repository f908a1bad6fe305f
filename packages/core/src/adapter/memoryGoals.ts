import type { CheckIn, Goal } from '../domain/goal.types.js';
import { fail, isFiniteNumber, show } from '../internal/assert.js';
import type { GoalsAdapter } from './adapter.types.js';
import { clonePlain } from './clonePlain.js';
import { findAlignmentCycle } from './findAlignmentCycle.js';
import { found, requireDate, requireObject, requireText } from './memoryChecks.js';
import type { MemoryRuntime } from './memoryRuntime.js';
import type { MemoryStore } from './memoryStore.js';
import { validateGoal, validateParents } from './validateGoal.js';

/** Fields the store owns (or that only `align` may change); a create input or patch carrying them is refused. */
const SERVER_FIELDS = ['id', 'checkIns', 'updatedAt'] as const;
const ALIGN_FIELDS = ['parentId', 'parents'] as const;

function refuseFields(
  input: Record<string, unknown>,
  fields: readonly string[],
  method: string,
  id: string | undefined,
): void {
  for (const field of fields) {
    if (field in input) {
      const hint = field === 'parentId' || field === 'parents' ? 'use goals.align' : 'the store sets it';
      fail(
        'INVALID_OPTION',
        `goals.${method}${id === undefined ? '' : ` of goal ${show(id)}`} cannot set field "${field}" (${hint})`,
        {
          id,
          field,
          value: input[field],
        },
      );
    }
  }
}

/** A copy without keys whose value is undefined (they mean "clear this field"). */
function withoutUndefined<T extends object>(record: T): T {
  const copy = clonePlain(record) as Record<string, unknown>;
  for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
  return copy as T;
}

function parentIdsOf(goal: Goal | undefined): string[] {
  if (goal === undefined) return [];
  const ids = goal.parentId === undefined || goal.parentId === null ? [] : [goal.parentId];
  for (const edge of goal.parents ?? []) ids.push(edge.id);
  return ids;
}

/** Where a check-in at `time` goes so the list stays oldest first (after equal times). */
function insertionIndex(checkIns: readonly CheckIn[], time: number): number {
  let index = checkIns.length;
  while (index > 0 && Date.parse(checkIns[index - 1]!.at) > time) index -= 1;
  return index;
}

/**
 * The memory adapter's goals domain.
 *
 * @example
 * const goals = memoryGoals(seedStore({}), createMemoryRuntime({}));
 */
export function memoryGoals(store: MemoryStore, runtime: MemoryRuntime): Required<GoalsAdapter> {
  const { goals } = store;
  const exists = (id: string): boolean => goals.has(id);
  const changed = (id: string, kind: 'created' | 'updated' | 'removed'): void =>
    runtime.emit({ type: 'goals', ids: [id], kind });

  return {
    list(query, options) {
      return runtime.read('goals', 'list', [query], options, () => {
        const { cycleId, ownerId, ids } = query ?? {};
        const source = ids === undefined ? goals.values() : [...new Set(ids)].map((id) => goals.get(id));
        const result: Goal[] = [];
        for (const goal of source) {
          if (goal === undefined) continue;
          if (cycleId !== undefined && goal.cycleId !== cycleId) continue;
          if (ownerId !== undefined && goal.ownerId !== ownerId) continue;
          result.push(goal);
        }
        return result;
      });
    },

    listChildren(parentId, options) {
      return runtime.read('goals', 'listChildren', [parentId], options, () => {
        found(goals.get(parentId), 'goal', parentId, 'parentId');
        const result: Goal[] = [];
        for (const goal of goals.values()) if (parentIdsOf(goal).includes(parentId)) result.push(goal);
        return result;
      });
    },

    get(id, options) {
      return runtime.read('goals', 'get', [id], options, () => found(goals.get(id), 'goal', id));
    },

    create(input, options) {
      return runtime.write('goals', 'create', [input], options, () => {
        const fields = requireObject(input, 'INVALID_VALUE', 'goal', undefined, 'input');
        refuseFields(fields, SERVER_FIELDS, 'create', undefined);
        const draft = withoutUndefined(input);
        validateGoal(draft, undefined, exists);
        const id = runtime.newId('goal', exists);
        const goal: Goal = { id, ...draft, updatedAt: runtime.now() };
        goals.set(id, goal);
        changed(id, 'created');
        return goal;
      });
    },

    update(id, patch, options) {
      return runtime.write('goals', 'update', [id, patch], options, () => {
        const goal = found(goals.get(id), 'goal', id);
        const fields = requireObject(patch, 'INVALID_VALUE', 'goal', id, 'patch');
        refuseFields(fields, [...SERVER_FIELDS, ...ALIGN_FIELDS], 'update', id);
        const next = withoutUndefined({ ...goal, ...clonePlain(patch) });
        validateGoal(next, id, exists);
        next.updatedAt = runtime.now();
        goals.set(id, next);
        changed(id, 'updated');
        return next;
      });
    },

    checkIn(goalId, input, options) {
      return runtime.write('goals', 'checkIn', [goalId, input], options, () => {
        const goal = found(goals.get(goalId), 'goal', goalId);
        requireObject(input, 'INVALID_VALUE', 'check-in of goal', goalId, 'input');
        const { current, note, authorId } = input;
        if (current !== null && !isFiniteNumber(current)) {
          fail(
            'INVALID_VALUE',
            `check-in of goal ${show(goalId)} field "current" must be a finite number or null, got ${show(current)}`,
            {
              id: goalId,
              field: 'current',
              value: current,
            },
          );
        }
        const metric = goal.metric;
        if (current !== null && metric === undefined) {
          fail(
            'INVALID_METRIC',
            `goal ${show(goalId)} has no metric, so a check-in can only carry current: null`,
            {
              id: goalId,
              field: 'metric',
              value: current,
            },
          );
        }
        if (current !== null && metric?.kind === 'binary' && current !== 0 && current !== 1) {
          fail(
            'INVALID_VALUE',
            `check-in of goal ${show(goalId)} field "current" must be 0 or 1 for a binary metric, got ${show(current)}`,
            {
              id: goalId,
              field: 'current',
              value: current,
            },
          );
        }
        if (note !== undefined) requireText(note, 'INVALID_VALUE', 'check-in of goal', goalId, 'note');
        if (authorId !== undefined)
          requireText(authorId, 'INVALID_ID', 'check-in of goal', goalId, 'authorId');
        const at =
          input.at === undefined
            ? runtime.now()
            : requireDate(input.at, 'INVALID_VALUE', 'check-in of goal', goalId, 'at');

        const id = runtime.newId('check-in', (candidate) => store.checkInIds.has(candidate));
        const checkIn: CheckIn = withoutUndefined({ id, goalId, at, current, note, authorId });
        const checkIns = goal.checkIns ?? [];
        const index = insertionIndex(checkIns, Date.parse(at));
        checkIns.splice(index, 0, checkIn);
        goal.checkIns = checkIns;
        store.checkInIds.add(id);
        // A back-dated check-in joins the history without overriding a newer value; null is note-only.
        if (metric !== undefined && current !== null && index === checkIns.length - 1) {
          if (metric.kind === 'binary') metric.done = current === 1;
          else metric.current = current;
        }
        goal.updatedAt = runtime.now();
        changed(goalId, 'updated');
        return goal;
      });
    },

    align(goalId, parents, options) {
      return runtime.write('goals', 'align', [goalId, parents], options, () => {
        const goal = found(goals.get(goalId), 'goal', goalId);
        validateParents(parents, goalId, exists);
        const cycle = findAlignmentCycle(
          goalId,
          parents.map((edge) => edge.id),
          (id) => parentIdsOf(goals.get(id)),
        );
        if (cycle !== null) {
          fail(
            'CYCLE',
            `aligning goal ${show(goalId)} to ${show(cycle[1])} would close the cycle ${cycle.join(' → ')}`,
            {
              id: goalId,
              field: 'parents',
              cycle,
            },
          );
        }
        goal.parents = parents.map((edge) => withoutUndefined({ id: edge.id, weight: edge.weight }));
        delete goal.parentId;
        goal.updatedAt = runtime.now();
        changed(goalId, 'updated');
        return goal;
      });
    },

    remove(id, options) {
      return runtime.write('goals', 'remove', [id], options, () => {
        const goal = found(goals.get(id), 'goal', id);
        const children: string[] = [];
        for (const other of goals.values()) if (parentIdsOf(other).includes(id)) children.push(other.id);
        if (children.length > 0) {
          const shown = children
            .slice(0, 5)
            .map((child) => show(child))
            .join(', ');
          fail(
            'CONFLICT',
            `goal ${show(id)} still has aligned goals (${shown}${children.length > 5 ? ', …' : ''}); re-align or remove them first`,
            {
              id,
              children,
            },
          );
        }
        goals.delete(id);
        for (const checkIn of goal.checkIns ?? []) store.checkInIds.delete(checkIn.id);
        changed(id, 'removed');
      });
    },
  };
}
