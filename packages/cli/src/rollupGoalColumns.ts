import type { RollupColumnsResult, RollupOptions } from '@northstar/core';
import { rollupColumns } from '@northstar/core';
import { CsvColumns } from './CsvColumns.js';
import type { CommandContext } from './cliIo.types.js';
import { IdIndex } from './IdIndex.js';
import { type GoalRecord, readGoalRecord } from './loadGoals.js';
import { RecordLocator } from './RecordLocator.js';
import { readTable } from './readTable.js';

/**
 * A goals file rolled up column-wise: node `k` is the `k`-th distinct id seen (as a row or as a parent), with its
 * parent index, display fields and `rollupColumns` result.
 *
 * @example
 * const cols = await rollupGoalColumns('goals.csv', ctx, { method: 'weighted-mean' });
 * if (cols !== undefined) cols.ids[0]; // the first goal's id
 */
export interface GoalColumnsRollup {
  /** Number of goals. */
  size: number;
  ids: string[];
  titles: (string | undefined)[];
  levels: (string | undefined)[];
  /** Parent index per goal, −1 for a root. */
  parent: Int32Array;
  result: RollupColumnsResult & { coverage: Float64Array; leafCoverage: Float64Array };
}

/** A Float64Array or Int32Array that doubles when full, so rows can be appended without knowing the row count. */
function grow<T extends Float64Array | Int32Array>(array: T, needed: number, make: (n: number) => T): T {
  if (needed <= array.length) return array;
  const next = make(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/**
 * The columnar path of `northstar rollup` for large CSV files: rows are streamed (through the same decoding,
 * delimiter, decimal and per-row checks as {@link loadGoals}), ids are interned to integer indices (`IdIndex`) as rows
 * arrive, parent/weight/value go into growable typed arrays and core's `rollupColumns` rolls them up, so two million
 * goals never become two million long-lived objects. Returns undefined whenever the input needs the object path —
 * standard input or JSON, a multi-parent `parents` cell, a per-row `method`, any row error, a duplicate or unknown id,
 * a cycle or any library error, a zero weight under mean/min/max — and the caller then runs that path, which reports every error exactly as before.
 *
 * @example
 * const cols = await rollupGoalColumns('goals.csv', ctx, { method: 'weighted-mean', missing: 'skip' });
 */
export async function rollupGoalColumns(
  path: string,
  ctx: CommandContext,
  options: RollupOptions,
): Promise<GoalColumnsRollup | undefined> {
  const lower = path.toLowerCase();
  if (path === '-' || !(lower.endsWith('.csv') || lower.endsWith('.tsv'))) return undefined;
  const index = new IdIndex();
  const { ids } = index;
  const titles: (string | undefined)[] = [];
  const levels: (string | undefined)[] = [];
  // Levels repeat ("team", "key-result"): one string each instead of one per row.
  const levelNames = new Map<string, string>();
  let parent = new Int32Array(1024);
  let weight = new Float64Array(1024);
  let value = new Float64Array(1024);
  let defined = new Int32Array(1024);
  let bad = false;
  let zeroWeight = false;
  let lastParentId: string | undefined;
  let lastParent = -1;
  const intern = (id: string): number => {
    const k = index.intern(id);
    if (k === titles.length) {
      titles.push(undefined);
      levels.push(undefined);
    }
    return k;
  };
  try {
    const table = await readTable(path, ctx, 'goal objects', (csv) => {
      const cols = new CsvColumns(csv, ['id']);
      // readGoalRecord registers each id; a lazy locator only remembers it (errors send the caller to the object path).
      const locator = new RecordLocator({
        file: csv.file,
        lineAt: csv.lineAt,
        header: csv.header,
        noun: 'goal',
        lazy: true,
      });
      return (i) => {
        if (bad) return;
        let record: GoalRecord;
        try {
          record = readGoalRecord(cols, locator, i);
        } catch {
          bad = true;
          return;
        }
        const { node } = record;
        if (node.parents !== undefined || node.method !== undefined) {
          bad = true;
          return;
        }
        const k = intern(record.id);
        const parentId = node.parentId;
        let p = -1;
        if (parentId !== undefined && parentId !== null) {
          // Exports list siblings together: the previous row's parent saves most lookups in a map of millions.
          p = parentId === lastParentId ? lastParent : intern(parentId);
          lastParentId = parentId;
          lastParent = p;
        }
        const size = ids.length;
        if (size > parent.length) {
          parent = grow(parent, size, (n) => new Int32Array(n));
          weight = grow(weight, size, (n) => new Float64Array(n));
          value = grow(value, size, (n) => new Float64Array(n));
          defined = grow(defined, size, (n) => new Int32Array(n));
        }
        if (defined[k] === 1) {
          bad = true;
          return;
        }
        defined[k] = 1;
        parent[k] = p;
        weight[k] = node.weight ?? 1;
        if (weight[k] === 0) zeroWeight = true;
        value[k] = node.value ?? Number.NaN;
        titles[k] = record.title;
        const level = record.level;
        if (level !== undefined) {
          const known = levelNames.get(level);
          if (known === undefined) levelNames.set(level, level);
          levels[k] = known ?? level;
        }
      };
    });
    if (bad || table.kind !== 'csv' || table.errors.list.length > 0) return undefined;
  } catch {
    return undefined;
  }
  // rollup() leaves a zero-weight child out of a mean/min/max parent's value and coverage but counts it once in the
  // leaf coverage, where rollupColumns leaves it out of all three: such files take the object path so output is unchanged.
  const unweighted =
    options.method !== undefined && options.method !== 'weighted-mean' && options.method !== 'sum';
  if (zeroWeight && unweighted) return undefined;
  const size = ids.length;
  // An id named only as a parent is an unknown parent: the object path names it with its line.
  for (let k = 0; k < size; k++) if (defined[k] !== 1) return undefined;
  let result: RollupColumnsResult;
  try {
    result = rollupColumns(
      { parent: parent.subarray(0, size), weight: weight.subarray(0, size), value: value.subarray(0, size) },
      { ...options, coverage: true, leafCoverage: true },
    );
  } catch {
    return undefined;
  }
  return {
    size,
    ids,
    titles,
    levels,
    parent: parent.subarray(0, size),
    result: result as GoalColumnsRollup['result'],
  };
}
