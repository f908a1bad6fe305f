import { fail, isFiniteNumber, requireId, show } from '../internal/assert.js';
import { levelOf } from './levelOf.js';
import type { NineBoxPerson } from './nineBox.types.js';
import type { NineBoxOptions, NineBoxPlacement } from './nineBoxResult.types.js';
import { resolveCuts } from './resolveCuts.js';

/** Reads one score: null/undefined → null, else a finite number in [0, 1]. */
function readScore(value: unknown, id: string, field: 'performance' | 'potential'): number | null {
  if (value === null || value === undefined) return null;
  if (!isFiniteNumber(value)) {
    fail(
      'INVALID_VALUE',
      `nine-box person ${show(id)} field "${field}" must be a finite number or null, got ${show(value)}`,
      {
        id,
        field,
        value,
      },
    );
  }
  if (value < 0 || value > 1) {
    fail(
      'OUT_OF_SCALE',
      `nine-box person ${show(id)} field "${field}" must be within [0, 1], got ${show(value)}`,
      {
        id,
        field,
        value,
      },
    );
  }
  return value;
}

/**
 * Places each person on the talent grid (input order kept): levels count the cuts at or below each score, and
 * `box = potentialLevel × columns + performanceLevel + 1`; people missing a score are unplaced (null box).
 *
 * @example
 * placeNineBox([{ id: 'p1', performance: 0.9, potential: 2 / 3 }, { id: 'p2', performance: 0.5, potential: null }]);
 * // [{ id: 'p1', …, performanceLevel: 2, potentialLevel: 2, box: 9 },
 * //  { id: 'p2', …, performanceLevel: null, potentialLevel: null, box: null }]
 */
export function placeNineBox(
  people: readonly NineBoxPerson[],
  options: NineBoxOptions = {},
): NineBoxPlacement[] {
  if (typeof options !== 'object' || options === null) {
    fail('INVALID_OPTION', `placeNineBox options must be an object, got ${show(options)}`, {
      value: options,
    });
  }
  const performanceCuts = resolveCuts(options.performanceCuts, 'performanceCuts');
  const potentialCuts = resolveCuts(options.potentialCuts, 'potentialCuts');
  if (!Array.isArray(people)) {
    fail('INVALID_VALUE', `placeNineBox people must be an array, got ${show(people)}`, {
      field: 'people',
      value: people,
    });
  }
  const columns = performanceCuts.length + 1;
  const seen = new Set<string>();
  const out: NineBoxPlacement[] = [];
  for (let i = 0; i < people.length; i++) {
    const person = people[i] as Partial<NineBoxPerson> | null | undefined;
    const id = requireId(person?.id, 'nine-box person', i);
    if (seen.has(id))
      fail('DUPLICATE_ID', `nine-box person id ${show(id)} appears twice (again at index ${i})`, {
        id,
        index: i,
      });
    seen.add(id);
    const performance = readScore(person!.performance, id, 'performance');
    const potential = readScore(person!.potential, id, 'potential');
    if (performance === null || potential === null) {
      out.push({ id, performance, potential, performanceLevel: null, potentialLevel: null, box: null });
      continue;
    }
    const performanceLevel = levelOf(performance, performanceCuts);
    const potentialLevel = levelOf(potential, potentialCuts);
    out.push({
      id,
      performance,
      potential,
      performanceLevel,
      potentialLevel,
      box: potentialLevel * columns + performanceLevel + 1,
    });
  }
  return out;
}
