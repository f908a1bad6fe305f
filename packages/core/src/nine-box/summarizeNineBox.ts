import { fail, isFiniteNumber, show } from '../internal/assert.js';
import type {
  NineBoxCell,
  NineBoxSummary,
  NineBoxSummaryItem,
  NineBoxSummaryOptions,
} from './nineBoxResult.types.js';
import { resolveCuts } from './resolveCuts.js';

/** Normalises a box → weight map into box-indexed shares (index 0 = box 1); null without a target. */
function resolveTarget(target: unknown, cellCount: number): number[] | null {
  if (target === undefined) return null;
  if (typeof target !== 'object' || target === null || Array.isArray(target)) {
    fail(
      'INVALID_DISTRIBUTION',
      `nine-box option "target" must be an object of box → share, got ${show(target)}`,
      {
        field: 'target',
        value: target,
      },
    );
  }
  const shares = new Array<number>(cellCount).fill(0);
  let sum = 0;
  for (const key of Object.keys(target)) {
    const box = Number(key);
    const field = `target[${key}]`;
    if (!Number.isInteger(box) || box < 1 || box > cellCount || String(box) !== key) {
      fail(
        'INVALID_DISTRIBUTION',
        `nine-box target names box ${show(key)}, but the grid has boxes 1..${cellCount}`,
        {
          field,
          value: key,
        },
      );
    }
    const weight: unknown = (target as Record<string, unknown>)[key];
    if (!isFiniteNumber(weight) || weight < 0) {
      fail(
        'INVALID_DISTRIBUTION',
        `nine-box ${field} must be a non-negative finite number, got ${show(weight)}`,
        {
          field,
          value: weight,
        },
      );
    }
    shares[box - 1] = weight;
    sum += weight;
  }
  if (!(sum > 0)) {
    fail('INVALID_DISTRIBUTION', 'nine-box option "target" needs at least one box with a positive share', {
      field: 'target',
      value: target,
    });
  }
  // Weights near 1e308 overflow their sum to Infinity (every share would be 0); relative to the largest they cannot.
  if (sum === Number.POSITIVE_INFINITY) {
    const max = Math.max(...shares);
    sum = 0;
    for (let b = 0; b < cellCount; b++) {
      shares[b] = shares[b]! / max;
      sum += shares[b]!;
    }
  }
  for (let b = 0; b < cellCount; b++) shares[b] = shares[b]! / sum;
  return shares;
}

/** Checks an optional level against the one implied by the box. */
function checkLevel(
  item: NineBoxSummaryItem,
  index: number,
  field: 'performanceLevel' | 'potentialLevel',
  expected: number,
) {
  const level = item[field];
  if (level !== undefined && level !== expected) {
    const who = item.id === undefined ? `placement at index ${index}` : `placement ${show(item.id)}`;
    fail(
      'INVALID_VALUE',
      `nine-box ${who} field "${field}" is ${show(level)}, but box ${item.box} implies ${expected}`,
      {
        id: item.id,
        field,
        value: level,
        index,
      },
    );
  }
}

/**
 * Counts placements per box, row and column, with shares and the deviation from an optional target distribution;
 * the grid size comes from the cuts (default 3×3), and shares are null when nobody is placed.
 *
 * @example
 * const s = summarizeNineBox(placeNineBox(people), { target: { 1: 0.05, 5: 0.5, 9: 0.1 } });
 * s.cells[8]; // { box: 9, count, share, targetShare: 0.0769…, expected, deviation }
 */
export function summarizeNineBox(
  placements: readonly NineBoxSummaryItem[],
  options: NineBoxSummaryOptions = {},
): NineBoxSummary {
  if (typeof options !== 'object' || options === null) {
    fail('INVALID_OPTION', `summarizeNineBox options must be an object, got ${show(options)}`, {
      value: options,
    });
  }
  const columns = resolveCuts(options.performanceCuts, 'performanceCuts').length + 1;
  const rows = resolveCuts(options.potentialCuts, 'potentialCuts').length + 1;
  const cellCount = columns * rows;
  const targetShares = resolveTarget(options.target, cellCount);
  if (!Array.isArray(placements)) {
    fail('INVALID_VALUE', `summarizeNineBox placements must be an array, got ${show(placements)}`, {
      field: 'placements',
      value: placements,
    });
  }
  const counts = new Array<number>(cellCount).fill(0);
  const byPerformanceLevel = new Array<number>(columns).fill(0);
  const byPotentialLevel = new Array<number>(rows).fill(0);
  let total = 0;
  let unplaced = 0;
  for (let i = 0; i < placements.length; i++) {
    const item = placements[i];
    if (typeof item !== 'object' || item === null) {
      fail('INVALID_VALUE', `nine-box placement at index ${i} must be an object, got ${show(item)}`, {
        index: i,
        value: item,
      });
    }
    const box: unknown = item.box;
    if (box === null || box === undefined) {
      unplaced++;
      continue;
    }
    if (typeof box !== 'number' || !Number.isInteger(box) || box < 1 || box > cellCount) {
      const who = item.id === undefined ? `placement at index ${i}` : `placement ${show(item.id)}`;
      fail(
        'INVALID_VALUE',
        `nine-box ${who} field "box" must be an integer 1..${cellCount} or null, got ${show(box)}`,
        {
          id: item.id,
          field: 'box',
          value: box,
          index: i,
        },
      );
    }
    const performanceLevel = (box - 1) % columns;
    const potentialLevel = (box - 1 - performanceLevel) / columns;
    checkLevel(item, i, 'performanceLevel', performanceLevel);
    checkLevel(item, i, 'potentialLevel', potentialLevel);
    counts[box - 1]!++;
    byPerformanceLevel[performanceLevel]!++;
    byPotentialLevel[potentialLevel]!++;
    total++;
  }
  const cells: NineBoxCell[] = new Array(cellCount);
  for (let b = 0; b < cellCount; b++) {
    const count = counts[b]!;
    const share = total === 0 ? null : count / total;
    const targetShare = targetShares === null ? null : targetShares[b]!;
    cells[b] = {
      box: b + 1,
      performanceLevel: b % columns,
      potentialLevel: Math.floor(b / columns),
      count,
      share,
      targetShare,
      expected: targetShare === null ? null : targetShare * total,
      deviation: targetShare === null || share === null ? null : share - targetShare,
    };
  }
  return { total, unplaced, columns, rows, cells, byPerformanceLevel, byPotentialLevel };
}
