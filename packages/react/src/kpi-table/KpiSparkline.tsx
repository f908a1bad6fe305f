import type { KpiSample } from '@northstar/core';
import { line } from 'd3-shape';

/**
 * Props of `<KpiSparkline>`.
 *
 * @example
 * const props: KpiSparklineProps = { samples, size: 'lg', showTarget: true };
 */
export interface KpiSparklineProps {
  /** Samples, oldest first; null actuals leave a gap. */
  samples: readonly KpiSample[];
  /** `sm` for table cells, `lg` for the dialog. */
  size?: 'sm' | 'lg';
  /** Draw the samples' targets as a dashed line too. */
  showTarget?: boolean;
}

const VIEW = { sm: { width: 100, height: 24 }, lg: { width: 320, height: 96 } } as const;
const PAD = 2;

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * A decorative d3-shape line of a KPI's history, sized by CSS through its viewBox (no DOM measuring, exact SSR);
 * it is aria-hidden, so callers put the trend into words next to it.
 *
 * @example
 * <KpiSparkline samples={history['k-001'] ?? []} />
 */
export function KpiSparkline({ samples, size = 'sm', showTarget = false }: KpiSparklineProps) {
  const { width, height } = VIEW[size];
  const values = samples.flatMap((s) => [s.actual, ...(showTarget ? [s.target] : [])]).filter(finite);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const step = samples.length > 1 ? (width - 2 * PAD) / (samples.length - 1) : 0;
  const x = (i: number) => (samples.length > 1 ? PAD + i * step : width / 2);
  // A flat series sits on the middle line rather than dividing by a zero range.
  const y = (v: number) => (hi === lo ? height / 2 : PAD + ((hi - v) / (hi - lo)) * (height - 2 * PAD));
  const path = (pick: (s: KpiSample) => number | null | undefined) =>
    line<KpiSample>()
      .defined((s) => finite(pick(s)))
      .x((_, i) => x(i))
      .y((s) => y(pick(s) as number))
      .digits(2)(samples as KpiSample[]) ?? '';
  return (
    <svg
      className="ns-kpi-table-sparkline"
      data-size={size}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      {values.length > 0 && showTarget ? (
        <path
          className="ns-kpi-table-sparkline-target"
          d={path((s) => s.target)}
          vectorEffect="non-scaling-stroke"
        />
      ) : null}
      {values.length > 0 ? (
        <path
          className="ns-kpi-table-sparkline-line"
          d={path((s) => s.actual)}
          vectorEffect="non-scaling-stroke"
        />
      ) : null}
    </svg>
  );
}
