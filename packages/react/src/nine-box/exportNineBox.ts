import type { TalentMoveRecord } from '@northstar/core';
import type { NineBoxModel } from './nineBox.types.js';
import { toCsv } from './toCsv.js';

/**
 * The columns of `northstar ninebox --format csv`, so a file exported from the widget and one from the CLI line up.
 *
 * @example
 * NINE_BOX_CSV_COLUMNS[7]; // 'box'
 */
export const NINE_BOX_CSV_COLUMNS = [
  'id',
  'name',
  'department',
  'performance',
  'potential',
  'performanceLevel',
  'potentialLevel',
  'box',
  'label',
] as const;

/**
 * The columns of the move-history export, one row per `TalentMoveRecord`.
 *
 * @example
 * NINE_BOX_HISTORY_COLUMNS[0]; // 'id'
 */
export const NINE_BOX_HISTORY_COLUMNS = [
  'id',
  'personId',
  'name',
  'cycleId',
  'fromPerformance',
  'fromPotential',
  'fromBox',
  'toPerformance',
  'toPotential',
  'toBox',
  'reason',
  'movedBy',
  'at',
] as const;

/**
 * The grid's placements as CSV in the CLI's `ninebox` columns (placed people by box, then the not placed), with the
 * box title the grid shows as `label`; cells a spreadsheet would run as formulas are neutralised.
 *
 * @example
 * const csv = placementsCsv(model); // 'id,name,department,performance,…\r\np-1,Ada Lovelace,…'
 */
export function placementsCsv(model: NineBoxModel): string {
  const rows: unknown[][] = [];
  for (const box of model.boxes) {
    for (const p of box.people) {
      rows.push([
        p.id,
        p.name,
        p.department,
        p.performance,
        p.potential,
        p.performanceLevel,
        p.potentialLevel,
        p.box,
        box.title,
      ]);
    }
  }
  for (const p of model.unplaced) {
    rows.push([p.id, p.name, p.department, p.performance, p.potential, null, null, null, null]);
  }
  return toCsv(NINE_BOX_CSV_COLUMNS, rows);
}

/**
 * The move history as CSV, oldest first; `nameOf` resolves person names (the id is kept in its own column).
 *
 * @example
 * const csv = historyCsv(history.records, (id) => model.byId.get(id)?.name);
 */
export function historyCsv(
  records: readonly TalentMoveRecord[],
  nameOf: (personId: string) => string | undefined = () => undefined,
): string {
  return toCsv(
    NINE_BOX_HISTORY_COLUMNS,
    records.map((r) => [
      r.id,
      r.personId,
      nameOf(r.personId),
      r.cycleId,
      r.from.performance,
      r.from.potential,
      r.from.box,
      r.to.performance,
      r.to.potential,
      r.to.box,
      r.reason,
      r.movedBy,
      r.at,
    ]),
  );
}
