import type { ReactNode } from 'react';
import {
  angleOf,
  centreLinePath,
  LINEAR,
  linearOverflowMarkPath,
  overflowMarkPath,
  polar,
  RADIAL,
  radialViewBox,
  sectorPath,
  type ViewBox,
} from './gaugeGeometry.js';
import type { KpiGaugeModel, KpiGaugeVariant } from './kpiGauge.types.js';

const RC = (RADIAL.trackInner + RADIAL.trackOuter) / 2;
const TRACK_WIDTH = RADIAL.trackOuter - RADIAL.trackInner;
const LINEAR_MID = LINEAR.trackTop + LINEAR.trackHeight / 2;
const LINEAR_BOX: ViewBox = { x: -12, y: 0, width: LINEAR.width + 24, height: LINEAR.height };

const track = (variant: KpiGaugeVariant, start: number, end: number) =>
  variant === 'linear' ? (
    <rect
      className="ns-kpi-gauge-track"
      x={0}
      y={LINEAR.trackTop}
      width={LINEAR.width}
      height={LINEAR.trackHeight}
    />
  ) : (
    <path className="ns-kpi-gauge-track" d={sectorPath(RADIAL.trackInner, RADIAL.trackOuter, start, end)} />
  );

const box = (b: ViewBox) => `${b.x} ${b.y} ${b.width} ${b.height}`;

/**
 * The viewBox of either variant (pure, so the readout can be placed over the centre without measuring).
 *
 * @example
 * gaugeViewBox('radial', -90, 90).height; // 116
 */
export function gaugeViewBox(variant: KpiGaugeVariant, startAngle: number, endAngle: number): ViewBox {
  return variant === 'linear' ? LINEAR_BOX : radialViewBox(startAngle, endAngle);
}

/**
 * Just the empty track, for the loading, empty, error and invalid states (same footprint as the real gauge).
 *
 * @example
 * <GaugeTrack variant="radial" startAngle={-120} endAngle={120} />
 */
export function GaugeTrack(props: {
  variant: KpiGaugeVariant;
  startAngle: number;
  endAngle: number;
}): ReactNode {
  const { variant, startAngle, endAngle } = props;
  return (
    <svg
      className="ns-kpi-gauge-svg"
      viewBox={box(gaugeViewBox(variant, startAngle, endAngle))}
      aria-hidden="true"
      focusable="false"
    >
      {track(variant, startAngle, endAngle)}
    </svg>
  );
}

/**
 * The gauge drawing (decorative: the meter's ARIA values carry the meaning): track, band ring, value arc or bar,
 * target tick(s), value needle, and the beyond-the-scale mark.
 *
 * @example
 * <KpiGaugeSvg model={model} />
 */
export function KpiGaugeSvg(props: {
  model: KpiGaugeModel;
  renderNeedle?: ((model: KpiGaugeModel) => ReactNode) | undefined;
}): ReactNode {
  const { model, renderNeedle } = props;
  const linear = model.variant === 'linear';
  const { startAngle: start, endAngle: end } = model;
  const at = (f: number) => angleOf(f, start, end);
  const fractionOf = (x: number) => Math.min(1, Math.max(0, (x - model.min) / (model.max - model.min)));
  const ticks =
    model.direction === 'target-range'
      ? [model.rangeMin, model.rangeMax].filter((x): x is number => x !== undefined).map(fractionOf)
      : model.targetFraction === undefined
        ? []
        : [model.targetFraction];
  const valueStyle = { strokeDashoffset: 1 - model.fraction };
  const needle = renderNeedle ? (
    renderNeedle(model)
  ) : linear ? (
    <circle className="ns-kpi-gauge-knob" cx={0} cy={LINEAR_MID} r={LINEAR.trackHeight / 2 + 1} />
  ) : (
    <circle className="ns-kpi-gauge-knob" cx={0} cy={-RC} r={TRACK_WIDTH / 2 + 1} />
  );
  const towards = model.outOfRange === 'above' ? 1 : -1;

  return (
    <svg
      className="ns-kpi-gauge-svg"
      viewBox={box(gaugeViewBox(model.variant, start, end))}
      aria-hidden="true"
      focusable="false"
    >
      {track(model.variant, start, end)}
      <g className="ns-kpi-gauge-bands">
        {model.segments.map((s) => (
          <path
            key={`${s.band.id}@${s.from}`}
            className="ns-kpi-gauge-band"
            data-band={s.band.id}
            data-tone={s.band.tone ?? 'neutral'}
            d={
              linear
                ? `M${(s.from * LINEAR.width).toFixed(3)} ${LINEAR.bandTop}H${(s.to * LINEAR.width).toFixed(3)}v${LINEAR.bandHeight}H${(s.from * LINEAR.width).toFixed(3)}Z`
                : sectorPath(RADIAL.bandInner, RADIAL.bandOuter, at(s.from), at(s.to))
            }
          />
        ))}
      </g>
      <path
        className="ns-kpi-gauge-value"
        d={linear ? `M0 ${LINEAR_MID}H${LINEAR.width}` : centreLinePath(RC, start, end)}
        pathLength={1}
        strokeDasharray="1 1"
        strokeWidth={linear ? LINEAR.trackHeight : TRACK_WIDTH}
        data-tone={model.tone}
        style={valueStyle}
      />
      {ticks.map((f) => {
        if (linear) {
          const x = (f * LINEAR.width).toFixed(3);
          return (
            <path
              key={f}
              className="ns-kpi-gauge-target"
              d={`M${x} ${LINEAR.tickTop}V${LINEAR.tickBottom}`}
            />
          );
        }
        const [x0, y0] = polar(RADIAL.tickInner, at(f));
        const [x1, y1] = polar(RADIAL.tickOuter, at(f));
        return <path key={f} className="ns-kpi-gauge-target" d={`M${x0} ${y0}L${x1} ${y1}`} />;
      })}
      <g
        className="ns-kpi-gauge-needle"
        data-tone={model.tone}
        style={{
          transform: linear
            ? `translate(${(model.fraction * LINEAR.width).toFixed(3)}px, 0)`
            : `rotate(${model.angle}deg)`,
        }}
      >
        {needle}
      </g>
      {model.outOfRange && (
        <path
          className="ns-kpi-gauge-overflow"
          data-side={model.outOfRange}
          d={
            linear ? linearOverflowMarkPath(towards) : overflowMarkPath(towards === 1 ? end : start, towards)
          }
        />
      )}
    </svg>
  );
}
