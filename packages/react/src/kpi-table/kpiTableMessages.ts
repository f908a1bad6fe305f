import { sourceOnlyCatalogue } from '../i18n/sourceOnlyCatalogue.js';

/**
 * The KPI table's default English strings; override any key through `NorthstarProvider`'s `messages`. Band labels
 * come from @northstar/core and can be overridden per band id with `kpiTable.band.<id>` (e.g. `kpiTable.band.at-risk`).
 *
 * @example
 * <NorthstarProvider messages={{ 'kpiTable.empty': 'Keine KPIs' }}>…</NorthstarProvider>
 */
export const KPI_TABLE_MESSAGES = {
  'kpiTable.label': 'KPIs',
  'kpiTable.column.kpi': 'KPI',
  'kpiTable.column.owner': 'Owner',
  'kpiTable.column.actual': 'Actual',
  'kpiTable.column.target': 'Target',
  'kpiTable.column.attainment': 'Attainment',
  'kpiTable.column.status': 'Status',
  'kpiTable.column.trend': 'Trend',
  'kpiTable.column.gauge': 'Gauge',
  'kpiTable.search.label': 'Search KPIs',
  'kpiTable.search.placeholder': 'Name, owner or department',
  'kpiTable.filter.status': 'Status',
  'kpiTable.filter.department': 'Department',
  'kpiTable.filter.all': 'All',
  'kpiTable.filter.clear': 'Clear filters',
  'kpiTable.count': 'Showing {shown} of {total} KPIs',
  'kpiTable.rowHint': 'Press Enter to open the KPI history',
  'kpiTable.noValue': 'No data',
  'kpiTable.status.no-data': 'No data',
  'kpiTable.status.invalid': 'Invalid data',
  'kpiTable.targetRange': '{min} – {max}',
  'kpiTable.gaugeLabel': '{name} attainment',
  'kpiTable.trend.up': 'up {change} {span}',
  'kpiTable.trend.down': 'down {change} {span}',
  'kpiTable.trend.flat': 'flat {span}',
  'kpiTable.trend.none': 'No trend data',
  'kpiTable.span.months': 'over {count} months',
  'kpiTable.span.quarters': 'over {count} quarters',
  'kpiTable.span.weeks': 'over {count} weeks',
  'kpiTable.span.days': 'over {count} days',
  'kpiTable.span.years': 'over {count} years',
  'kpiTable.span.periods': 'over {count} periods',
  'kpiTable.span.previous': 'since the previous period',
  'kpiTable.empty': 'No KPIs',
  'kpiTable.noMatches': 'No KPIs match the filters',
  'kpiTable.loading': 'Loading KPIs…',
  'kpiTable.error': 'KPIs could not be loaded: {message}',
  'kpiTable.retry': 'Retry',
  'kpiTable.dialog.description': 'Owner: {owner}. Status: {status}, {attainment} attainment.',
  'kpiTable.dialog.history': 'History',
  'kpiTable.dialog.period': 'Period',
  'kpiTable.dialog.noHistory': 'No history recorded yet.',
  'kpiTable.dialog.historyLoading': 'Loading history…',
  'kpiTable.dialog.historyError': 'History could not be loaded: {message}',
  'kpiTable.dialog.close': 'Close',
  'kpiTable.record.title': 'Record actual',
  'kpiTable.record.period': 'Period',
  'kpiTable.record.periodHint': 'For example {example}',
  'kpiTable.record.actual': 'Actual',
  'kpiTable.record.actualUnit': 'In {unit}',
  'kpiTable.record.submit': 'Save actual',
  'kpiTable.record.pending': 'Saving…',
  'kpiTable.record.periodRequired': 'Enter a period, such as {example}.',
  'kpiTable.record.actualRequired': 'Enter the actual value.',
  'kpiTable.record.actualInvalid': '“{input}” is not a number. Enter a number such as {example}.',
  'kpiTable.record.saved': 'Saved {value} for {period}.',
  'kpiTable.record.failed': '{value} for {period} was not saved and has been rolled back: {message}',
  'kpiTable.record.retry': 'Retry',
} as const;

/**
 * A message key of the KPI table.
 *
 * @example
 * const key: KpiTableMessageKey = 'kpiTable.empty';
 */
export type KpiTableMessageKey = keyof typeof KPI_TABLE_MESSAGES;

/** The table catalogue `useMessages` reads (transitional: English in every locale until translated). */
export const KPI_TABLE_CATALOGUE = sourceOnlyCatalogue(KPI_TABLE_MESSAGES);
