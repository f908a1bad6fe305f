import { sourceOnlyCatalogue } from '../i18n/sourceOnlyCatalogue.js';

/**
 * Default English strings of `<KpiGauge>`; override any key through `NorthstarProvider`'s `messages`. Band names
 * come from `kpiGauge.band.<band id>` (visible) and `kpiGauge.bandInText.<band id>` (inside sentences, e.g. the
 * meter's "72%, at risk"), falling back to the band's own label, so custom bands can be translated too.
 *
 * @example
 * <NorthstarProvider messages={{ 'kpiGauge.valueText': '{value} ({band})' }}>…</NorthstarProvider>
 */
export const KPI_GAUGE_MESSAGES = {
  'kpiGauge.valueText': '{value}, {band}',
  'kpiGauge.valueTextAbove': '{value}, {band}, above scale',
  'kpiGauge.valueTextBelow': '{value}, {band}, below scale',
  'kpiGauge.aboveScale': 'Above scale',
  'kpiGauge.belowScale': 'Below scale',
  'kpiGauge.target': 'Target {target}',
  'kpiGauge.targetRange': '{min}–{max}',
  'kpiGauge.trend': '{delta} vs. previous period, {verdict}',
  'kpiGauge.trendBetter': 'better',
  'kpiGauge.trendWorse': 'worse',
  'kpiGauge.trendSame': 'steady',
  'kpiGauge.percentPoints': '{value} pp',
  'kpiGauge.loading': 'Loading KPI…',
  'kpiGauge.empty': 'No data yet',
  'kpiGauge.notFound': 'KPI not found',
  'kpiGauge.error': 'The KPI could not be loaded.',
  'kpiGauge.retry': 'Retry',
  'kpiGauge.invalid': 'Invalid data',
  'kpiGauge.invalidLabel': '{label}: cannot be shown, its data is invalid',
  'kpiGauge.unnamed': 'KPI',
  'kpiGauge.bandInText.off-track': 'off track',
  'kpiGauge.bandInText.at-risk': 'at risk',
  'kpiGauge.bandInText.on-track': 'on track',
} as const;

/**
 * A message key of `<KpiGauge>`.
 *
 * @example
 * const key: KpiGaugeMessageKey = 'kpiGauge.retry';
 */
export type KpiGaugeMessageKey = keyof typeof KPI_GAUGE_MESSAGES;

/** The gauge catalogue `useMessages` reads (transitional: English in every locale until translated). */
export const KPI_GAUGE_CATALOGUE = sourceOnlyCatalogue(KPI_GAUGE_MESSAGES);
