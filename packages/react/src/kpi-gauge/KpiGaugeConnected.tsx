import type { Kpi } from '@northstar/core';
import { type ReactNode, type Ref, useEffect } from 'react';
import { useKpi } from '../data/useKpi.js';
import { warnInvalidProp } from '../internal/warnOnce.js';
import { KpiGaugeFallback } from './KpiGaugeFallback.js';
import { KpiGaugeView } from './KpiGaugeView.js';
import type { KpiGaugeProps, KpiGaugeRootProps } from './kpiGauge.types.js';

/**
 * Maps a core `Kpi` record onto gauge props. Core's `min`/`max` are scoring points (higher-is-better: the
 * attainment-0 floor; lower-is-better: the attainment-0 ceiling; target-range: the range), which is also what the
 * gauge's props mean, except that a range goes to `rangeMin`/`rangeMax`. Explicitly passed props win.
 *
 * @example
 * kpiGaugeProps(sampleKpi('k-005'), {}); // { label: 'Average sales cycle', value: 68, max: 120, unit: 'days', … }
 */
export function kpiGaugeProps(kpi: Kpi, own: KpiGaugeProps): KpiGaugeProps {
  const range = kpi.direction === 'target-range';
  const fromKpi: KpiGaugeProps = {
    label: kpi.name,
    value: kpi.actual ?? null,
    target: kpi.target ?? undefined,
    previous: kpi.previous ?? undefined,
    direction: kpi.direction,
    format: kpi.format ?? 'number',
    ...(kpi.bands ? { bands: kpi.bands } : {}),
    ...(typeof kpi.cap === 'number' ? { cap: kpi.cap } : {}),
    ...(range
      ? {
          rangeMin: kpi.min ?? undefined,
          rangeMax: kpi.max ?? undefined,
          tolerance: kpi.tolerance ?? undefined,
        }
      : { min: kpi.min ?? undefined, max: kpi.max ?? undefined }),
    ...(kpi.format === 'currency'
      ? { currency: kpi.currency ?? (/^[A-Z]{3}$/.test(kpi.unit ?? '') ? kpi.unit : undefined) }
      : // percent already says "%"; a bare count needs no unit word
        kpi.format !== 'percent' && kpi.unit !== 'count'
        ? { unit: kpi.unit }
        : {}),
  };
  const merged: Record<string, unknown> = { ...fromKpi };
  for (const [key, value] of Object.entries(own)) if (value !== undefined) merged[key] = value;
  return merged as KpiGaugeProps;
}

/**
 * The connected gauge: reads `kpiId` through the provider's adapter (react-query cached) and shows loading, "not
 * found", "no data yet" and error-with-Retry states around the controlled gauge.
 *
 * @example
 * <NorthstarProvider adapter={adapter}><KpiGaugeConnected kpiId="k-001" /></NorthstarProvider>
 */
export function KpiGaugeConnected(
  props: KpiGaugeProps & { kpiId: string; root?: KpiGaugeRootProps; rootRef?: Ref<HTMLDivElement> },
): ReactNode {
  const query = useKpi(props.kpiId);
  const { kpiId, label, hideLabel, variant, size, startAngle, endAngle, className, root, rootRef, ...rest } =
    props;
  const own = { label, hideLabel, variant, size, startAngle, endAngle, className };
  const frame = { ...own, root, rootRef };
  const code = query.error?.code;
  useEffect(() => {
    // a missing provider or adapter is a host bug, not a network hiccup: say so once, in the console
    if (code === 'NO_ADAPTER' || code === 'NOT_SUPPORTED')
      warnInvalidProp(
        'KpiGauge',
        'kpiId',
        kpiId,
        `needs a NorthstarProvider whose adapter implements kpis.get (${code})`,
        'rendering the error state',
      );
  }, [code, kpiId]);

  if (query.isError && query.error) {
    if (code === 'NOT_FOUND') return <KpiGaugeFallback {...frame} kind="not-found" />;
    return (
      <KpiGaugeFallback
        {...frame}
        kind="error"
        onRetry={query.error.retryable ? query.refetch : undefined}
        retrying={query.isFetching}
      />
    );
  }
  if (!query.data) return <KpiGaugeFallback {...frame} kind="loading" />;
  return <KpiGaugeView {...root} {...kpiGaugeProps(query.data, { ...rest, ...own })} ref={rootRef} />;
}
