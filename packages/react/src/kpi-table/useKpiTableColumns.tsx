import type { ColumnDef, FilterFn, SortingFn } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { KpiTableRow } from './buildKpiRows.js';
import { AttainmentGauge, ConnectedTrendCell, StatusBadge, TrendCell, ValueText } from './KpiTableCells.js';
import type { KpiTableColumnId } from './kpiTable.types.js';
import type { KpiTableText } from './useKpiTableText.js';

/**
 * A column of the KPI table with a typed id.
 *
 * @example
 * const col: KpiTableColumn = columns[0]!;
 */
export type KpiTableColumn = ColumnDef<KpiTableRow, unknown> & { id: KpiTableColumnId };

// Accessors return undefined (not null) for "no data": TanStack's sortUndefined: 'last' then keeps those rows at the
// bottom in both directions, so a KPI without data never poses as the worst or the best.
const num = (v: number | null | undefined): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

const equals: FilterFn<KpiTableRow> = (row, columnId, value) =>
  value === undefined || value === '' || row.getValue(columnId) === value;

/**
 * The table's columns. Attainment and status both sort by core's numeric attainment; trend and gauge are visual
 * and not sortable; `department` is hidden and only filters.
 *
 * @example
 * const columns = useKpiTableColumns(text, false);
 */
export function useKpiTableColumns(text: KpiTableText, connectedHistory: boolean): KpiTableColumn[] {
  return useMemo(() => {
    const { t } = text;
    const byText: SortingFn<KpiTableRow> = (a, b, id) =>
      text.collator.compare(String(a.getValue(id)), String(b.getValue(id)));
    const numeric = { sortingFn: 'basic', sortUndefined: 'last', sortDescFirst: false } as const;
    const columns: KpiTableColumn[] = [
      {
        id: 'kpi',
        header: t('kpiTable.column.kpi'),
        accessorFn: (row) => row.kpi.name,
        sortingFn: byText,
        sortDescFirst: false,
        cell: ({ row }) => (
          <bdi className="ns-kpi-table-name" dir="auto">
            {row.original.kpi.name}
          </bdi>
        ),
      },
      {
        id: 'owner',
        header: t('kpiTable.column.owner'),
        accessorFn: (row) => row.ownerName ?? row.kpi.ownerId,
        sortingFn: byText,
        sortUndefined: 'last',
        sortDescFirst: false,
        cell: ({ row }) => (
          <ValueText value={row.original.ownerName ?? row.original.kpi.ownerId ?? null} text={text} />
        ),
      },
      {
        id: 'actual',
        header: t('kpiTable.column.actual'),
        accessorFn: (row) => num(row.kpi.actual),
        ...numeric,
        cell: ({ row }) => (
          <ValueText value={text.value(row.original.kpi.actual, row.original.kpi)} text={text} />
        ),
      },
      {
        id: 'target',
        header: t('kpiTable.column.target'),
        accessorFn: (row) => num(row.kpi.target),
        ...numeric,
        cell: ({ row }) => <ValueText value={text.target(row.original.kpi)} text={text} />,
      },
      {
        id: 'attainment',
        header: t('kpiTable.column.attainment'),
        accessorFn: (row) => num(row.attainment),
        ...numeric,
        cell: ({ row }) => <ValueText value={text.attainment(row.original)} text={text} />,
      },
      {
        id: 'status',
        header: t('kpiTable.column.status'),
        accessorFn: (row) => num(row.attainment),
        ...numeric,
        filterFn: (row, _id, value: string | undefined) => !value || row.original.status === value,
        cell: ({ row }) => <StatusBadge row={row.original} text={text} />,
      },
      {
        id: 'trend',
        header: t('kpiTable.column.trend'),
        enableSorting: false,
        cell: ({ row }) =>
          connectedHistory ? (
            <ConnectedTrendCell row={row.original} text={text} />
          ) : (
            <TrendCell row={row.original} text={text} />
          ),
      },
      {
        id: 'gauge',
        header: t('kpiTable.column.gauge'),
        enableSorting: false,
        cell: ({ row }) => <AttainmentGauge row={row.original} text={text} size="sm" variant="linear" />,
      },
      {
        id: 'department',
        header: t('kpiTable.filter.department'),
        accessorFn: (row) => row.kpi.department,
        enableSorting: false,
        filterFn: equals,
      },
    ];
    return columns;
  }, [text, connectedHistory]);
}
