import { forwardRef } from 'react';
import { KpiGaugeConnected } from './KpiGaugeConnected.js';
import { KpiGaugeView } from './KpiGaugeView.js';
import type { KpiGaugeElementProps } from './kpiGauge.types.js';
import { splitGaugeProps } from './splitGaugeProps.js';

/**
 * A KPI gauge — radial arc or linear bullet bar — with status bands, target marker, trend and an accessible
 * `role="meter"`; every number comes from `@northstar/core`. Controlled with `value`/`target`/…, or connected with
 * `kpiId` (inside a `NorthstarProvider`), which adds loading, empty and error-with-retry states. Forwards `ref` to
 * its root element and spreads unknown props (`id`, `data-*`, `style`, …) onto it. A host that renders only
 * controlled gauges and wants no TanStack Query in its bundle imports `KpiGaugeView` instead.
 *
 * @example
 * <KpiGauge label="Win rate" value={0.24} target={0.28} previous={0.231} format="percent" />
 * <KpiGauge kpiId="k-005" variant="linear" />
 */
export const KpiGauge = /* @__PURE__ */ forwardRef<HTMLDivElement, KpiGaugeElementProps>(
  function KpiGauge(all, ref) {
    const [props, root] = splitGaugeProps(all);
    return props.kpiId !== undefined ? (
      <KpiGaugeConnected {...props} kpiId={props.kpiId} root={root} rootRef={ref} />
    ) : (
      <KpiGaugeView {...all} ref={ref} />
    );
  },
);
