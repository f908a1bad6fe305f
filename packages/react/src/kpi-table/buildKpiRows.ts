import { type Band, type Kpi, type KpiSample, kpiStatus } from '@northstar/core';
import { warnInvalidProp } from '../internal/warnOnce.js';
import type { KpiTableHistory, KpiTablePeople } from './kpiTable.types.js';

/**
 * One KPI as the table shows it: the record plus what core computed for it, computed once per data change so that
 * sorting, filtering and rendering never call core again.
 *
 * @example
 * const row: KpiTableRow = buildKpiRows([kpi], undefined, undefined)[0]!;
 */
export interface KpiTableRow {
  kpi: Kpi;
  ownerName: string | undefined;
  /** core `kpiAttainment`; null without an actual or when core rejected the KPI. */
  attainment: number | null;
  /** core `kpiStatus(...).band`; null without data. */
  band: Band | null;
  /** The band id, `no-data`, or `invalid` when core rejected the KPI. */
  status: string;
  /** Samples oldest first, when any are known. */
  samples: readonly KpiSample[] | undefined;
  /** Lower-cased name, owner and department for the text search. */
  search: string;
}

/**
 * Groups a flat sample list by KPI id (a grouped record passes through); every group is sorted oldest first.
 *
 * @example
 * groupHistory([{ kpiId: 'k-1', period: '2026-01', actual: 3 }])['k-1']?.length; // 1
 */
export function groupHistory(
  history: KpiTableHistory | undefined,
): Readonly<Record<string, readonly KpiSample[]>> {
  if (!history) return {};
  const grouped: Record<string, KpiSample[]> = {};
  const add = (kpiId: string, s: KpiSample) => {
    const bucket = grouped[kpiId];
    if (bucket) bucket.push(s);
    else grouped[kpiId] = [s];
  };
  if (Array.isArray(history)) for (const s of history as readonly KpiSample[]) add(s.kpiId, s);
  else for (const [kpiId, list] of Object.entries(history)) for (const s of list) add(kpiId, s);
  // Periods sort chronologically as strings (core's KpiSample contract).
  for (const list of Object.values(grouped))
    list.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return grouped;
}

/**
 * Owner names by id from either a record or a list of people.
 *
 * @example
 * namesById([{ id: 'p-1', name: 'Ada' }])['p-1']; // 'Ada'
 */
export function namesById(people: KpiTablePeople | undefined): Readonly<Record<string, string>> {
  if (!people) return {};
  const names: Record<string, string> = {};
  if (Array.isArray(people))
    for (const p of people as ReadonlyArray<{ id: string; name: string }>) names[p.id] = p.name;
  else
    for (const [id, p] of Object.entries(people as Readonly<Record<string, { name: string }>>))
      names[id] = p.name;
  return names;
}

/**
 * Scores every KPI with core's `kpiStatus`. A KPI core rejects (say a missing target) becomes an `invalid` row and
 * logs one warning naming it, instead of crashing the whole table.
 *
 * @example
 * buildKpiRows(kpis, groupHistory(history), namesById(people));
 */
export function buildKpiRows(
  kpis: readonly Kpi[],
  history: Readonly<Record<string, readonly KpiSample[]>>,
  names: Readonly<Record<string, string>>,
): KpiTableRow[] {
  return kpis.map((kpi, index) => {
    let attainment: number | null = null;
    let band: Band | null = null;
    let status = 'no-data';
    try {
      const scored = kpiStatus(kpi);
      attainment = scored.attainment;
      band = scored.band;
      status = scored.status;
    } catch (error) {
      status = 'invalid';
      warnInvalidProp(
        'KpiTable',
        `kpis[${index}]`,
        kpi?.id,
        `is rejected by kpiStatus (${error instanceof Error ? error.message : String(error)})`,
        'showing the row without attainment or status',
      );
    }
    const ownerName = kpi.ownerId === undefined ? undefined : names[kpi.ownerId];
    return {
      kpi,
      ownerName,
      attainment,
      band,
      status,
      samples: history[kpi.id],
      search: [kpi.name, ownerName ?? kpi.ownerId, kpi.department].filter(Boolean).join(' ').toLowerCase(),
    };
  });
}
