import type { ReactNode } from 'react';
import { KpiGaugeConnected } from './KpiGaugeConnected.js';
import { KpiGaugeView } from './KpiGaugeView.js';
import type { KpiGaugeProps } from './kpiGauge.types.js';

/**
 * A KPI gauge — radial arc or linear bullet bar — with status bands, target marker, trend and an accessible
 * `role="meter"`; every number comes from `@northstar/core`. Controlled with `value`/`target`/…, or connected with
 * `kpiId` (inside a `NorthstarProvider`), which adds loading, empty and error-with-retry states.
 *
 * @example
 * <KpiGauge label="Win rate" value={0.24} target={0.28} previous={0.231} format="percent" />
 * <KpiGauge kpiId="k-005" variant="linear" />
 */
export function KpiGauge(props: KpiGaugeProps): ReactNode {
  // two components, so controlled gauges never touch react-query and work without any provider
  return props.kpiId !== undefined ? (
    <KpiGaugeConnected {...props} kpiId={props.kpiId} />
  ) : (
    <KpiGaugeView {...props} />
  );
}
