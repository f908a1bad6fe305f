import { type NineBoxPlacement, placeNineBox, summarizeNineBox, type TalentRecord } from '@northstar/core';
import { initialsOf } from './initialsOf.js';
import { LayeredMap } from './layeredMap.js';
import type { NineBoxBoxView, NineBoxPersonView } from './nineBox.types.js';
import { boxView, type PlacedNineBox, rowsOf } from './resolveNineBox.js';

/** Beyond this many changed records a full resolve is as cheap as the delta, and simpler to trust. */
const MAX_DELTA = 32;

/** Name order inside a box: directory rank, then people missing from it by id (as the full resolve orders them). */
function before(a: NineBoxPersonView, b: NineBoxPersonView, rank: ReadonlyMap<string, number>): boolean {
  const ra = rank.get(a.id) ?? Number.POSITIVE_INFINITY;
  const rb = rank.get(b.id) ?? Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra < rb;
  return a.id < b.id;
}

function insertSorted(
  list: NineBoxPersonView[],
  view: NineBoxPersonView,
  rank: ReadonlyMap<string, number>,
): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid]!, view, rank)) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, view);
}

/**
 * Applies changed talent records to an already placed grid as a delta: each changed record is placed by core's
 * `placeNineBox`, the counts and shares come from core's `summarizeNineBox` over the updated placements, and only the
 * boxes whose people or figures changed get new view objects (the others keep their identity, so memoised boxes and
 * cards do not re-render). Returns null when the change is not a small edit of the same people (different length,
 * another person at an index, many changes, an invalid score): the caller then resolves in full, which also names
 * the problem.
 *
 * @example
 * const next = applyNineBoxDelta(placed, previousRecords, records) ?? placeResolution(input, t, format);
 */
export function applyNineBoxDelta(
  prev: PlacedNineBox,
  prevRecords: readonly TalentRecord[],
  records: readonly TalentRecord[],
): PlacedNineBox | null {
  const ctx = prev.context;
  if (ctx === null || prev.model.status !== 'ready' || prev.warnings.length > 0) return null;
  if (!Array.isArray(records) || records.length !== prevRecords.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < records.length; i++) {
    if (records[i] === prevRecords[i]) continue;
    const r = records[i];
    if (r === null || typeof r !== 'object' || r.personId !== prevRecords[i]?.personId) return null;
    changed.push(i);
    if (changed.length > MAX_DELTA) return null;
  }
  if (changed.length === 0) return prev;

  const { model } = prev;
  const updates: NineBoxPersonView[] = [];
  for (const i of changed) {
    const record = records[i]!;
    const old = model.byId.get(record.personId);
    // Outside the filter: not on the grid before, not on it now.
    if (!old || !ctx.keep(record.personId)) continue;
    let placed: NineBoxPlacement;
    try {
      placed = placeNineBox(
        [
          {
            id: record.personId,
            performance: record.performance ?? null,
            potential: record.potential ?? null,
          },
        ],
        { performanceCuts: ctx.performanceCuts, potentialCuts: ctx.potentialCuts },
      )[0]!;
    } catch {
      return null;
    }
    updates.push({
      ...old,
      performance: placed.performance,
      potential: placed.potential,
      box: placed.box,
      performanceLevel: placed.performanceLevel,
      potentialLevel: placed.potentialLevel,
      record,
    });
  }
  if (updates.length === 0) return prev;

  // Core's placements of the kept people, with the changed ones replaced, re-summarised by core.
  const kept = prev.kept.slice();
  const index = new Map<string, number>();
  for (const u of updates) index.set(u.id, -1);
  for (let i = 0; i < kept.length; i++) if (index.has(kept[i]!.id)) index.set(kept[i]!.id, i);
  for (const u of updates) {
    const at = index.get(u.id)!;
    if (at < 0) return null;
    kept[at] = {
      id: u.id,
      performance: u.performance,
      potential: u.potential,
      box: u.box,
      performanceLevel: u.performanceLevel,
      potentialLevel: u.potentialLevel,
    } as NineBoxPlacement;
  }
  let summary: ReturnType<typeof summarizeNineBox>;
  try {
    const options: Parameters<typeof summarizeNineBox>[1] = {
      performanceCuts: ctx.performanceCuts,
      potentialCuts: ctx.potentialCuts,
    };
    if (ctx.target !== undefined) options.target = ctx.target;
    summary = summarizeNineBox(kept, options);
  } catch {
    return null;
  }

  // Only the lists people leave or join are copied and edited.
  const lists = new Map<number | null, NineBoxPersonView[]>();
  const listOf = (box: number | null) => {
    let list = lists.get(box);
    if (!list) {
      list = (box === null ? model.unplaced : model.boxes[box - 1]!.people).slice();
      lists.set(box, list);
    }
    return list;
  };
  const changedViews: [string, NineBoxPersonView][] = [];
  for (const u of updates) {
    const old = model.byId.get(u.id)!;
    const from = listOf(old.box);
    const at = from.indexOf(old);
    if (at >= 0) from.splice(at, 1);
    insertSorted(listOf(u.box), u, ctx.rank);
    changedViews.push([u.id, u]);
  }
  // Layered, not copied: a copy of a 10,000-entry index would be most of a move's cost.
  const byId = LayeredMap.over(model.byId, changedViews);

  let boxesChanged = false;
  const boxes: NineBoxBoxView[] = summary.cells.map((cell, i) => {
    const old = model.boxes[i]!;
    const people = lists.get(cell.box);
    if (
      people === undefined &&
      cell.count === old.count &&
      cell.share === old.share &&
      cell.targetShare === old.targetShare &&
      cell.deviation === old.deviation
    ) {
      return old;
    }
    boxesChanged = true;
    return boxView(cell, people ?? old.people, ctx);
  });
  const unplaced = lists.get(null) ?? model.unplaced;
  for (const person of unplaced) if (person.initials === '') person.initials = initialsOf(person.name);

  return {
    ...prev,
    kept,
    model: {
      ...model,
      boxes: boxesChanged ? boxes : model.boxes,
      rows: boxesChanged ? rowsOf(boxes, ctx.columns, ctx.rowCount, ctx.pot.headings) : model.rows,
      unplaced,
      total: summary.total,
      byId,
    },
  };
}
