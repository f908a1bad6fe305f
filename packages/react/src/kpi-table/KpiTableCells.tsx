import type { KpiSample } from '@northstar/core';
import { KpiGauge } from '../kpi-gauge/KpiGauge.js';
import type { KpiTableRow } from './buildKpiRows.js';
import type { KpiTableText } from './createKpiTableText.js';
import { KpiSparkline } from './KpiSparkline.js';

/**
 * A dash for sighted users and "No data" for screen readers, so an empty cell is never read as "em dash".
 *
 * @example
 * <NoValue text={text} />
 */
export function NoValue({ text }: { text: KpiTableText }) {
  return (
    <span className="ns-kpi-table-no-value">
      <span aria-hidden="true">—</span>
      <span className="ns-kpi-table-visually-hidden">{text.t('kpiTable.noValue')}</span>
    </span>
  );
}

/**
 * A formatted value or the no-value marker.
 *
 * @example
 * <ValueText value={text.value(kpi.actual, kpi)} text={text} />
 */
export function ValueText({ value, text }: { value: string | null; text: KpiTableText }) {
  return value === null ? <NoValue text={text} /> : <span className="ns-kpi-table-number">{value}</span>;
}

/**
 * The status as a coloured dot plus its label (never colour alone), toned by the band core picked.
 *
 * @example
 * <StatusBadge row={row} text={text} />
 */
export function StatusBadge({ row, text }: { row: KpiTableRow; text: KpiTableText }) {
  return (
    <span className="ns-kpi-table-status" data-status={row.status} data-tone={row.band?.tone ?? 'neutral'}>
      <span className="ns-kpi-table-status-dot" aria-hidden="true" />
      {text.status(row)}
    </span>
  );
}

/**
 * The sparkline plus its words ("up 4% over 12 months") for assistive technology.
 *
 * @example
 * <TrendCell row={row} text={text} />
 */
export function TrendCell({
  row,
  text,
  samples,
}: {
  row: KpiTableRow;
  text: KpiTableText;
  samples?: readonly KpiSample[];
}) {
  const series = text.trendSamples(row, samples);
  return (
    <span className="ns-kpi-table-trend">
      {series && series.length > 1 ? <KpiSparkline samples={series} /> : <span aria-hidden="true">—</span>}
      <span className="ns-kpi-table-visually-hidden">{text.trend(row, series)}</span>
    </span>
  );
}

const hideReadout = () => null;

/**
 * An inline linear KpiGauge of the row's attainment (0–100 % against a target of 100 %, banded like the KPI), named
 * after the KPI so every meter in the table has its own accessible name.
 *
 * @example
 * <AttainmentGauge row={row} text={text} size="sm" />
 */
export function AttainmentGauge({
  row,
  text,
  size,
  variant,
}: {
  row: KpiTableRow;
  text: KpiTableText;
  size: 'sm' | 'lg';
  variant: 'linear' | 'radial';
}) {
  if (row.status === 'invalid') return <NoValue text={text} />;
  return (
    <KpiGauge
      variant={variant}
      size={size}
      value={row.attainment}
      min={0}
      max={Math.max(1, row.kpi.cap ?? 1)}
      target={1}
      direction="higher-is-better"
      bands={row.kpi.bands}
      cap={row.kpi.cap ?? undefined}
      format="percent"
      label={text.t('kpiTable.gaugeLabel', { name: row.kpi.name })}
      // In a cell the KPI name is the row header and the attainment its own column: only the bar is drawn.
      hideLabel={size === 'sm'}
      renderLabel={size === 'sm' ? hideReadout : undefined}
      animate={false}
    />
  );
}
