import type { TalentMoveRecord, TalentPlacement, TalentRecord } from '../domain/talent.types.js';
import { fail, isFiniteNumber, show } from '../internal/assert.js';
import type { TalentAdapter, TalentMove } from './adapter.types.js';
import { clonePlain } from './clonePlain.js';
import { requireObject, requireText } from './memoryChecks.js';
import type { MemoryRuntime } from './memoryRuntime.js';
import type { MemoryStore } from './memoryStore.js';

function checkScore(move: TalentMove, field: 'performance' | 'potential', personId: string): void {
  const value: unknown = move[field];
  if (value !== undefined && value !== null && (!isFiniteNumber(value) || value < 0 || value > 1)) {
    fail(
      'INVALID_VALUE',
      `talent move of person ${show(personId)} field "${field}" must be in [0, 1] or null, got ${show(value)}`,
      {
        id: personId,
        field,
        value,
      },
    );
  }
}

function placementOf(record: TalentRecord): TalentPlacement {
  const placement: TalentPlacement = { performance: record.performance, potential: record.potential };
  if (record.box !== undefined) placement.box = record.box;
  return placement;
}

/** The one record a move targets: the given cycle's, or the person's only record. */
function targetOf(
  byCycle: Map<string, TalentRecord> | undefined,
  personId: string,
  cycleId: string | undefined,
): TalentRecord {
  const record =
    cycleId === undefined && byCycle?.size === 1 ? [...byCycle.values()][0] : byCycle?.get(cycleId ?? '');
  if (record !== undefined) return record;
  if (cycleId === undefined && byCycle !== undefined && byCycle.size > 1) {
    const cycles = [...byCycle.keys()].map((key) => show(key)).join(', ');
    fail(
      'INVALID_OPTION',
      `person ${show(personId)} has talent records in cycles ${cycles}; pass "cycleId"`,
      {
        id: personId,
        field: 'cycleId',
      },
    );
  }
  const inCycle = cycleId === undefined ? '' : ` in cycle ${show(cycleId)}`;
  return fail('NOT_FOUND', `talent record of person ${show(personId)}${inCycle} was not found`, {
    id: personId,
    field: 'personId',
    cycleId,
  });
}

/**
 * The memory adapter's talent domain; a move without `box` clears the stored box when a score changes.
 *
 * @example
 * const talent = memoryTalent(seedStore({}), createMemoryRuntime({}));
 */
export function memoryTalent(store: MemoryStore, runtime: MemoryRuntime): Required<TalentAdapter> {
  const { talent } = store;

  return {
    listMoves(query, options) {
      return runtime.read('talent', 'listMoves', [query], options, () => {
        const { cycleId, personId } = query ?? {};
        return store.talentMoves.filter(
          (m) =>
            (cycleId === undefined || m.cycleId === cycleId) &&
            (personId === undefined || m.personId === personId),
        );
      });
    },

    list(query, options) {
      return runtime.read('talent', 'list', [query], options, () => {
        const { cycleId } = query ?? {};
        const result: TalentRecord[] = [];
        for (const byCycle of talent.values()) {
          for (const record of byCycle.values())
            if (cycleId === undefined || record.cycleId === cycleId) result.push(record);
        }
        return result;
      });
    },

    move(personId, move, options) {
      return runtime.write('talent', 'move', [personId, move], options, () => {
        requireObject(move, 'INVALID_VALUE', 'talent move of person', personId, 'move');
        const reason = requireText(move.reason, 'EMPTY_INPUT', 'talent move of person', personId, 'reason');
        checkScore(move, 'performance', personId);
        checkScore(move, 'potential', personId);
        if (move.box !== undefined && (!Number.isInteger(move.box) || move.box < 1)) {
          fail(
            'INVALID_VALUE',
            `talent move of person ${show(personId)} field "box" must be an integer ≥ 1, got ${show(move.box)}`,
            {
              id: personId,
              field: 'box',
              value: move.box,
            },
          );
        }
        if (move.performance === undefined && move.potential === undefined && move.box === undefined) {
          fail(
            'EMPTY_INPUT',
            `talent move of person ${show(personId)} changes nothing: give performance, potential or box`,
            {
              id: personId,
              field: 'move',
            },
          );
        }
        if (move.movedBy !== undefined)
          requireText(move.movedBy, 'INVALID_ID', 'talent move of person', personId, 'movedBy');
        const record = targetOf(talent.get(personId), personId, move.cycleId);
        if (move.expectedUpdatedAt !== undefined && move.expectedUpdatedAt !== record.updatedAt) {
          fail(
            'CONFLICT',
            `talent record of person ${show(personId)} changed since ${show(move.expectedUpdatedAt)} (now ${show(record.updatedAt)}); reload and choose`,
            {
              id: personId,
              field: 'expectedUpdatedAt',
              value: move.expectedUpdatedAt,
              current: clonePlain(record),
            },
          );
        }
        const from = placementOf(record);

        const rescored =
          (move.performance !== undefined && move.performance !== record.performance) ||
          (move.potential !== undefined && move.potential !== record.potential);
        if (move.performance !== undefined) record.performance = move.performance;
        if (move.potential !== undefined) record.potential = move.potential;
        // A stale box would contradict the new scores; the caller knows the grid's cuts, we do not.
        if (move.box !== undefined) record.box = move.box;
        else if (rescored) delete record.box;
        record.reason = reason;
        if (move.movedBy !== undefined) record.movedBy = move.movedBy;
        else delete record.movedBy;
        record.updatedAt = runtime.now();
        const entry: TalentMoveRecord = {
          id: runtime.newId('move', (candidate) => store.talentMoves.some((m) => m.id === candidate)),
          personId,
          from,
          to: placementOf(record),
          reason,
          at: record.updatedAt,
        };
        if (record.cycleId !== undefined) entry.cycleId = record.cycleId;
        if (move.movedBy !== undefined) entry.movedBy = move.movedBy;
        store.talentMoves.push(entry);
        runtime.emit({ type: 'talent', ids: [personId], kind: 'updated' });
        return record;
      });
    },
  };
}
