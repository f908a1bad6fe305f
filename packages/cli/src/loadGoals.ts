import type { Metric, ParentEdge, RollupMethod, RollupNode } from '@northstar/core';
import { progress } from '@northstar/core';
import { CsvColumns } from './CsvColumns.js';
import type { CommandContext } from './cliIo.types.js';
import { cellError, numberCell } from './parseCell.js';
import { RecordLocator } from './RecordLocator.js';
import { readTable } from './readTable.js';

/**
 * One goal read from a goals file: its rollup node (value already computed from its metric) and display fields.
 *
 * @example
 * const g: GoalRecord = { id: 'g-1', title: 'Grow ARR', level: 'company', node: { id: 'g-1' } };
 */
export interface GoalRecord {
  id: string;
  title: string | undefined;
  level: string | undefined;
  node: RollupNode;
}

/**
 * Goals loaded from a file, with the locator that maps library errors back to lines.
 *
 * @example
 * const { goals, locator } = await loadGoals('goals.csv', ctx);
 */
export interface LoadedGoals {
  file: string;
  goals: GoalRecord[];
  locator: RecordLocator;
}

/**
 * The rollup methods a goals file may name.
 *
 * @example
 * ROLLUP_METHODS.includes('min'); // true
 */
export const ROLLUP_METHODS: readonly RollupMethod[] = ['weighted-mean', 'mean', 'min', 'max', 'sum'];

const METRIC_COLUMNS = [
  'kind',
  'start',
  'target',
  'current',
  'min',
  'max',
  'tolerance',
  'done',
  'cap',
  'direction',
];

/** Parses `g-0012:0.6|g-0040:0.4` (a bare id takes the row's weight). */
function parseParents(cols: CsvColumns, i: number): ParentEdge[] | undefined {
  const raw = cols.text(i, 'parents');
  if (raw === undefined) return undefined;
  const ref = cols.ref(i, 'parents');
  const edges: ParentEdge[] = [];
  for (const part of raw.split('|')) {
    const item = part.trim();
    const colon = item.lastIndexOf(':');
    const id = (colon === -1 ? item : item.slice(0, colon)).trim();
    if (id.length === 0) {
      cellError(
        'INVALID_INPUT',
        ref,
        `parents must be "id:weight" pairs separated by "|", got "${raw}"`,
        raw,
      );
    }
    if (colon === -1) {
      edges.push({ id });
      continue;
    }
    const weight = numberCell(item.slice(colon + 1), { ...ref, name: 'parents' });
    if (weight === undefined || weight < 0) {
      cellError(
        'INVALID_WEIGHT',
        ref,
        `parents weight of "${id}" must be a finite number ≥ 0, got "${item.slice(colon + 1)}"`,
        raw,
      );
    }
    edges.push({ id, weight });
  }
  return edges;
}

/** The metric of a key-result row, or undefined when every metric column is empty. */
function readMetric(cols: CsvColumns, i: number): Metric | undefined {
  if (!METRIC_COLUMNS.some((name) => cols.text(i, name) !== undefined)) return undefined;
  const num = (name: string) => cols.number(i, name);
  const kind = cols.choice(i, 'kind', ['linear', 'binary', 'range'] as const);
  if (kind === 'binary') return { kind, done: cols.boolean(i, 'done') ?? null };
  if (kind === 'range') {
    return {
      kind,
      min: num('min')!,
      max: num('max')!,
      current: num('current') ?? null,
      tolerance: num('tolerance'),
    };
  }
  const direction = cols.choice(i, 'direction', ['increase', 'decrease'] as const);
  return {
    kind: 'linear',
    start: num('start')!,
    target: num('target')!,
    current: num('current') ?? null,
    ...(num('cap') === undefined ? {} : { cap: num('cap') }),
    ...(direction === undefined ? {} : { direction }),
  };
}

/** Reads CSV data row `i` into `goals[i]`; called while the parser is on that row (see `RowConsumer`). */
function readGoalRow(cols: CsvColumns, locator: RecordLocator, goals: GoalRecord[], i: number): void {
  const id = cols.text(i, 'id');
  if (id === undefined) cellError('INVALID_ID', cols.ref(i, 'id'), 'id is required', '');
  locator.register(id, i);
  const node: RollupNode = { id };
  const parentId = cols.text(i, 'parentId');
  if (parentId !== undefined) node.parentId = parentId;
  const parents = parseParents(cols, i);
  if (parents !== undefined) node.parents = parents;
  const weight = cols.number(i, 'weight');
  if (weight !== undefined) {
    if (weight < 0) {
      cellError(
        'INVALID_WEIGHT',
        cols.ref(i, 'weight'),
        `weight must be a finite number ≥ 0, got "${cols.raw(i, 'weight')}"`,
        weight,
      );
    }
    node.weight = weight;
  }
  const method = cols.choice(i, 'method', ROLLUP_METHODS);
  if (method !== undefined) node.method = method;
  const value = cols.number(i, 'value');
  if (value !== undefined) node.value = value;
  else {
    const metric = readMetric(cols, i);
    if (metric !== undefined) {
      try {
        node.value = progress(metric);
      } catch (error) {
        throw locator.locate(error, i);
      }
    }
  }
  goals[i] = { id, title: cols.text(i, 'title'), level: cols.text(i, 'level'), node };
}

function fromJson(records: unknown[], locator: RecordLocator): GoalRecord[] {
  return records.map((record, i) => {
    const r = record as Record<string, unknown>;
    const id = r.id as string;
    if (typeof id === 'string' && id.length > 0) locator.register(id, i);
    const node: RollupNode = { id };
    for (const key of ['parentId', 'parents', 'weight', 'method', 'value'] as const) {
      if (r[key] !== undefined) (node as unknown as Record<string, unknown>)[key] = r[key];
    }
    if (node.value === undefined && r.metric !== undefined && r.metric !== null) {
      try {
        node.value = progress(r.metric as Metric);
      } catch (error) {
        throw locator.locate(error, i);
      }
    }
    const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
    return { id, title: text(r.title), level: text(r.level), node };
  });
}

/**
 * Reads a goals file (CSV columns id,title,level,parentId,parents,weight,method,value and metric columns
 * kind,start,target,current,min,max,tolerance,done[,cap,direction]; or a JSON array of goal objects); a leaf's value
 * is `progress(metric)` unless an explicit `value` is given.
 *
 * @example
 * const { goals } = await loadGoals('goals.csv', ctx);
 * rollup(goals.map((g) => g.node));
 */
export async function loadGoals(path: string, ctx: CommandContext): Promise<LoadedGoals> {
  const goals: GoalRecord[] = [];
  let locator: RecordLocator | undefined;
  // Streaming: each row becomes a goal while the parser is on it, so two million rows never sit in memory as cells.
  const table = await readTable(path, ctx, 'goal objects', (csv) => {
    const cols = new CsvColumns(csv, ['id']);
    const found = new RecordLocator({
      file: csv.file,
      lineAt: csv.lineAt,
      header: csv.header,
      noun: 'goal',
      // The library rejects duplicate ids itself; the id → line map is built only if an error needs it.
      lazy: true,
    });
    locator = found;
    // A bad row is recorded and the next one read, so one run reports every bad line.
    return (i) => csv.errors.attempt(() => readGoalRow(cols, found, goals, i));
  });
  if (table.kind === 'json') {
    const locator = new RecordLocator({ file: table.file, lineAt: table.lineAt, noun: 'goal' });
    return { file: table.file, goals: fromJson(table.records, locator), locator };
  }
  table.errors.throwIfAny();
  return { file: table.file, goals, locator: locator! };
}
