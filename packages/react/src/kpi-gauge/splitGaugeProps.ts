import type { KpiGaugeElementProps, KpiGaugeProps, KpiGaugeRootProps } from './kpiGauge.types.js';

// Every key of KpiGaugeProps (`satisfies` rejects a misspelt one); anything else goes to the root element.
const GAUGE_KEYS = new Set<string>([
  'value',
  'min',
  'max',
  'target',
  'previous',
  'bands',
  'cap',
  'direction',
  'rangeMin',
  'rangeMax',
  'tolerance',
  'format',
  'currency',
  'unit',
  'label',
  'hideLabel',
  'variant',
  'startAngle',
  'endAngle',
  'size',
  'animate',
  'renderLabel',
  'renderNeedle',
  'kpiId',
  'className',
] satisfies (keyof Required<KpiGaugeProps>)[]);

/**
 * Splits `<KpiGauge>`'s props into the gauge's own and the attributes for its root element.
 *
 * @example
 * const [gauge, root] = splitGaugeProps({ value: 3, 'data-testid': 'g' }); // root: { 'data-testid': 'g' }
 */
export function splitGaugeProps(all: KpiGaugeElementProps): [KpiGaugeProps, KpiGaugeRootProps] {
  const gauge: Record<string, unknown> = {};
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) (GAUGE_KEYS.has(key) ? gauge : root)[key] = value;
  return [gauge as KpiGaugeProps, root as KpiGaugeRootProps];
}
