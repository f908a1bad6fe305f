import { useKpiHistory } from '../data/useKpiHistory.js';
import type { KpiTableRow } from './buildKpiRows.js';
import type { KpiTableText } from './createKpiTableText.js';
import { AttainmentGauge, StatusBadge, TrendCell, ValueText } from './KpiTableCells.js';
import type { KpiTableShownColumnId } from './resolveKpiTable.js';

/**
 * Props of {@link KpiTableCell}.
 *
 * @example
 * const props: KpiTableCellProps = { column: 'status', row, text, connectedHistory: false, historyBatched: false };
 */
export interface KpiTableCellProps {
  column: KpiTableShownColumnId;
  row: KpiTableRow;
  text: KpiTableText;
  connectedHistory: boolean;
  historyBatched: boolean;
}

/**
 * What one body cell shows for its column: formatted values, the status badge, the trend or the inline gauge.
 *
 * @example
 * <KpiTableCell column="actual" row={row} text={text} connectedHistory={false} historyBatched={false} />
 */
export function KpiTableCell({ column, row, text, connectedHistory, historyBatched }: KpiTableCellProps) {
  const { kpi } = row;
  switch (column) {
    case 'kpi':
      return (
        <bdi className="ns-kpi-table-name" dir="auto">
          {kpi.name}
        </bdi>
      );
    case 'owner':
      return <ValueText value={row.ownerName ?? kpi.ownerId ?? null} text={text} />;
    case 'actual': {
      const actual = text.value(kpi.actual, kpi);
      const target = text.target(kpi);
      return (
        <>
          <span className="ns-kpi-table-wide">
            <ValueText value={actual} text={text} />
          </span>
          {/* the narrow layout (container < 480 px) hides the target column and says "actual of target" here */}
          <span className="ns-kpi-table-narrow">
            {actual !== null && target !== null ? (
              <span className="ns-kpi-table-number">
                {text.t('kpiTable.actualOfTarget', { actual, target })}
              </span>
            ) : (
              <ValueText value={actual} text={text} />
            )}
          </span>
        </>
      );
    }
    case 'target':
      return <ValueText value={text.target(kpi)} text={text} />;
    case 'attainment':
      return <ValueText value={text.attainment(row)} text={text} />;
    case 'status':
      return <StatusBadge row={row} text={text} />;
    case 'trend':
      return connectedHistory ? (
        <ConnectedTrendCell row={row} text={text} batched={historyBatched} />
      ) : (
        <TrendCell row={row} text={text} />
      );
    case 'gauge':
      return <AttainmentGauge row={row} text={text} size="sm" variant="linear" />;
  }
}

/**
 * Connected mode: the row's history from the query cache. With a batching adapter the table's window request fills
 * it (this observer never fetches); otherwise the cell loads its own KPI (only mounted rows do). Until history
 * arrives, or when it failed, the trend falls back to previous → actual.
 *
 * @example
 * <ConnectedTrendCell row={row} text={text} batched />
 */
export function ConnectedTrendCell({
  row,
  text,
  batched,
}: {
  row: KpiTableRow;
  text: KpiTableText;
  batched: boolean;
}) {
  const history = useKpiHistory(row.kpi.id, undefined, batched ? DISABLED : undefined);
  return <TrendCell row={row} text={text} samples={history.data} />;
}

const DISABLED = { enabled: false } as const;
