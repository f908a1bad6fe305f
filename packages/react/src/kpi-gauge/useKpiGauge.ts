import { useEffect, useMemo } from 'react';
import { useFormatters } from '../i18n/useFormatters.js';
import { useMessages } from '../i18n/useMessages.js';
import { warnInvalidProp } from '../internal/warnOnce.js';
import { useNorthstar } from '../provider/useNorthstar.js';
import type { KpiGaugeProps } from './kpiGauge.types.js';
import { KPI_GAUGE_MESSAGES } from './kpiGaugeMessages.js';
import { type GaugeResult, resolveKpiGauge } from './resolveKpiGauge.js';

const MODEL_PROPS = [
  'value',
  'min',
  'max',
  'target',
  'previous',
  'bands',
  'direction',
  'rangeMin',
  'rangeMax',
  'tolerance',
  'format',
  'currency',
  'cap',
  'unit',
  'label',
  'variant',
  'startAngle',
  'endAngle',
] as const satisfies readonly (keyof KpiGaugeProps)[];

/**
 * The headless gauge: `resolveKpiGauge` over the props in the provider's locale and messages (memoised on exactly
 * the props it reads), logging one warning per invalid prop after render. Returns the view model (`state: 'ready'`
 * with `model`, or `'empty' | 'invalid'`) for a host that draws its own markup.
 *
 * @example
 * const gauge = useKpiGauge({ label: 'Win rate', value: 0.24, target: 0.28, format: 'percent' });
 * if (gauge.state === 'ready') return <p aria-label={gauge.model.valueText}>{gauge.model.valueLabel}</p>;
 */
export function useKpiGauge(props: KpiGaugeProps): GaugeResult {
  const formatters = useFormatters();
  const t = useMessages(KPI_GAUGE_MESSAGES);
  const { messages } = useNorthstar();
  // the props that shape the model, in a fixed order; an inline `format` object is compared by content
  const deps = MODEL_PROPS.map((key) =>
    key === 'format' && typeof props.format === 'object' ? JSON.stringify(props.format) : props[key],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: `deps` lists every prop resolveGauge reads
  const { result, warnings } = useMemo(
    () => resolveKpiGauge(props, { formatters, t, messages }),
    [...deps, formatters, t, messages],
  );
  const issues = result.state === 'invalid' ? [result.issue, ...warnings] : warnings;
  const key = JSON.stringify(issues.map((i) => [i.prop, String(i.value), i.rule]));
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the content of `issues`
  useEffect(() => {
    // JSON would print NaN and Infinity as null; name them
    for (const i of issues) {
      const shown = typeof i.value === 'number' && !Number.isFinite(i.value) ? String(i.value) : i.value;
      warnInvalidProp('KpiGauge', i.prop, shown, i.rule, i.fallback);
    }
  }, [key]);
  return result;
}
