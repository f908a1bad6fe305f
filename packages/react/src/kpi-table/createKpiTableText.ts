import { KPI_BANDS, type Kpi, type KpiSample } from '@northstar/core';
import type { Formatters } from '../i18n/createFormatters.js';
import type { MessageOverrides } from '../i18n/createTranslator.js';
import type { KpiTableRow } from './buildKpiRows.js';
import { describeTrend } from './describeTrend.js';
import { formatKpiValue } from './formatKpiValue.js';
import type { KpiTableMessageKey } from './kpiTableMessages.js';

/**
 * Every string the table shows, in the provider's locale and messages.
 *
 * @example
 * const text = createKpiTableText(createTranslator(KPI_TABLE_MESSAGES, 'en-US'), createFormatters('en-US'));
 * text.status(row); // 'At risk'
 */
export interface KpiTableText {
  t: (key: KpiTableMessageKey, params?: Readonly<Record<string, string | number>>) => string;
  f: Formatters;
  collator: Intl.Collator;
  /** A KPI number per its format, unit and currency; null for no value. */
  value(value: number | null | undefined, kpi: Kpi): string | null;
  /** The target, or `min – max` for a target-range KPI without one. */
  target(kpi: Kpi): string | null;
  attainment(row: KpiTableRow): string | null;
  /** The band label (overridable as `kpiTable.band.<id>`), `No data` or `Invalid data`. */
  status(row: KpiTableRow): string;
  /** The samples a trend is drawn from, falling back to previous → actual. */
  trendSamples(row: KpiTableRow, samples?: readonly KpiSample[]): readonly KpiSample[] | undefined;
  /** "up 4% over 12 months". */
  trend(row: KpiTableRow, samples: readonly KpiSample[] | undefined): string;
}

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

// Marks the two-sample series made from `previous`, so the text says "since the previous period".
const PREVIOUS = '\u0000previous';

/**
 * Builds the table's text helpers from a translator, formatters and the provider's message overrides; pure, so the
 * resolver and its Node tests use exactly what the widget shows.
 *
 * @example
 * const text = createKpiTableText(createTranslator(KPI_TABLE_MESSAGES, 'de-DE'), createFormatters('de-DE'));
 * text.attainment(row); // '93 %'
 */
export function createKpiTableText(
  t: KpiTableText['t'],
  f: Formatters,
  messages: MessageOverrides = {},
): KpiTableText {
  const value = (v: number | null | undefined, kpi: Kpi) => (finite(v) ? formatKpiValue(v, kpi, f) : null);
  return {
    t,
    f,
    collator: new Intl.Collator(f.locale, { sensitivity: 'base', numeric: true }),
    value,
    target(kpi) {
      if (finite(kpi.target)) return value(kpi.target, kpi);
      if (kpi.direction === 'target-range' && finite(kpi.min) && finite(kpi.max)) {
        return t('kpiTable.targetRange', { min: value(kpi.min, kpi)!, max: value(kpi.max, kpi)! });
      }
      return null;
    },
    attainment: (row) => (row.attainment === null ? null : f.percent(row.attainment)),
    status(row) {
      if (row.band) {
        const custom = messages[`kpiTable.band.${row.band.id}`];
        if (typeof custom === 'string') return custom;
        const { id, label } = row.band;
        // core's own bands are translated; a host band is named as the host wrote it
        const core = KPI_BANDS.some((band) => band.id === id && band.label === label);
        return core ? t(`kpiTable.band.${id as 'off-track' | 'at-risk' | 'on-track'}`) : label;
      }
      return row.status === 'invalid' ? t('kpiTable.status.invalid') : t('kpiTable.status.no-data');
    },
    trendSamples(row, samples = row.samples) {
      if (samples && samples.length > 1) return samples;
      const { actual, previous, id } = row.kpi;
      if (!finite(actual) || !finite(previous)) return samples;
      return [
        { kpiId: id, period: PREVIOUS, actual: previous },
        { kpiId: id, period: row.kpi.period ?? PREVIOUS, actual },
      ];
    },
    trend(row, samples) {
      const summary = samples ? describeTrend(samples) : null;
      if (!summary) return t('kpiTable.trend.none');
      const span =
        samples?.[0]?.period === PREVIOUS
          ? t('kpiTable.span.previous')
          : t(`kpiTable.span.${summary.unit}`, { count: summary.count });
      if (summary.direction === 'flat') return t('kpiTable.trend.flat', { span });
      const change =
        summary.relative === null ? value(summary.absolute, row.kpi)! : f.percent(summary.relative);
      return t(summary.direction === 'up' ? 'kpiTable.trend.up' : 'kpiTable.trend.down', { change, span });
    },
  } satisfies KpiTableText;
}
