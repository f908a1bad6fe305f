import { forwardRef, type ReactNode, useId } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { useStandaloneRoot } from '../internal/useStandaloneRoot.js';
import { KpiGaugeFallback } from './KpiGaugeFallback.js';
import { gaugeViewBox, KpiGaugeSvg } from './KpiGaugeSvg.js';
import type { KpiGaugeElementProps, KpiGaugeModel } from './kpiGauge.types.js';
import { KPI_GAUGE_MESSAGES } from './kpiGaugeMessages.js';
import { splitGaugeProps } from './splitGaugeProps.js';
import { useKpiGauge } from './useKpiGauge.js';

/**
 * The controlled gauge, the thin view over `useKpiGauge`: props in, gauge (or fallback) out; forwards `ref` and
 * spreads unknown props on its root. It never loads data, so it bundles no TanStack Query.
 *
 * @example
 * <KpiGaugeView label="NPS" value={47} target={55} min={-100} max={100} />
 */
export const KpiGaugeView = /* @__PURE__ */ forwardRef<HTMLDivElement, KpiGaugeElementProps>(
  function KpiGaugeView(all, ref) {
    const [props, root] = splitGaugeProps(all);
    const standaloneRoot = useStandaloneRoot();
    const result = useKpiGauge(props);
    const t = useMessages(KPI_GAUGE_MESSAGES);
    const labelId = useId();
    const trendId = useId();
    const { hideLabel, size = 'md', animate = true, renderLabel, renderNeedle, className } = props;

    if (result.state !== 'ready') {
      return (
        <KpiGaugeFallback
          kind={result.state}
          label={result.label}
          hideLabel={hideLabel}
          variant={props.variant}
          size={size}
          startAngle={props.startAngle}
          endAngle={props.endAngle}
          className={className}
          root={root}
          rootRef={ref}
        />
      );
    }

    const model = result.model;
    const { trend, outOfRange } = model;
    const box = gaugeViewBox(model.variant, model.startAngle, model.endAngle);
    // the readout sits over the arc's centre, (0, 0) in the viewBox: a percentage, so no measuring is needed
    const centreTop = `${((-box.y / box.height) * 100).toFixed(3)}%`;
    // a sweep of about a half circle or less leaves no room under the centre: sit the readout on top of it instead
    const readoutStyle =
      model.variant === 'radial'
        ? { top: centreTop, ...(box.y + box.height < 40 ? { transform: 'translateY(-100%)' } : {}) }
        : undefined;

    return (
      // biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot hold the drawing, readout and trend
      <div
        {...root}
        ref={ref}
        className={className ? `ns-kpi-gauge ${className}` : 'ns-kpi-gauge'}
        {...standaloneRoot}
        role="meter"
        aria-labelledby={hideLabel ? undefined : labelId}
        aria-label={hideLabel ? model.label : undefined}
        aria-valuenow={model.clampedValue}
        aria-valuemin={model.min}
        aria-valuemax={model.max}
        aria-valuetext={model.valueText}
        aria-describedby={trend ? trendId : undefined}
        data-state="ready"
        data-variant={model.variant}
        data-size={size}
        data-band={model.band.id}
        data-tone={model.tone}
        data-direction={model.direction}
        data-met={model.met}
        data-out-of-range={outOfRange}
        data-animate={animate ? undefined : 'false'}
      >
        {!hideLabel && (
          <div className="ns-kpi-gauge-label" id={labelId}>
            <bdi dir="auto">{model.label}</bdi>
          </div>
        )}
        <div className="ns-kpi-gauge-figure">
          <KpiGaugeSvg model={model} renderNeedle={renderNeedle} />
          <div className="ns-kpi-gauge-readout" style={readoutStyle}>
            {renderLabel ? renderLabel(model) : <KpiGaugeReadout model={model} />}
          </div>
        </div>
        <div className="ns-kpi-gauge-scale">
          <span>{model.minLabel}</span>
          <span>{model.maxLabel}</span>
        </div>
        {trend && (
          <p className="ns-kpi-gauge-trend" id={trendId} data-verdict={trend.verdict}>
            <span className="ns-kpi-gauge-trend-arrow" aria-hidden="true">
              {trend.delta > 0 ? '▲' : trend.delta < 0 ? '▼' : '▬'}
            </span>{' '}
            {trend.text}
          </p>
        )}
        {outOfRange && (
          <p className="ns-kpi-gauge-note">
            {/* "›" and "‹" are bidi-mirrored, so they point the right way in right-to-left text too */}
            <span aria-hidden="true">{outOfRange === 'above' ? '› ' : '‹ '}</span>
            {t(outOfRange === 'above' ? 'kpiGauge.aboveScale' : 'kpiGauge.belowScale')}
          </p>
        )}
      </div>
    );
  },
);

/** The default centre text: value, band (with its colour swatch; the name carries the meaning) and target. */
function KpiGaugeReadout({ model }: { model: KpiGaugeModel }): ReactNode {
  const t = useMessages(KPI_GAUGE_MESSAGES);
  return (
    <>
      <span className="ns-kpi-gauge-number" data-fit={model.valueFit}>
        {model.valueLabel}
      </span>
      <span className="ns-kpi-gauge-status">
        <span className="ns-kpi-gauge-swatch" data-tone={model.tone} />
        {model.bandLabel}
      </span>
      {model.targetLabel !== undefined && (
        <span className="ns-kpi-gauge-caption">{t('kpiGauge.target', { target: model.targetLabel })}</span>
      )}
    </>
  );
}
