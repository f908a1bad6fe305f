import type { Band, KpiDirection } from '@northstar/core';
import type { HTMLAttributes, ReactNode } from 'react';

/**
 * How the gauge formats numbers: a preset or your own `Intl.NumberFormatOptions`.
 *
 * @example
 * const format: KpiGaugeFormat = { style: 'unit', unit: 'hour', unitDisplay: 'narrow' };
 */
export type KpiGaugeFormat = 'number' | 'percent' | 'currency' | Intl.NumberFormatOptions;

/**
 * The gauge's shape: an arc, or a horizontal bullet bar.
 *
 * @example
 * const variant: KpiGaugeVariant = 'linear';
 */
export type KpiGaugeVariant = 'radial' | 'linear';

/**
 * Preset widths (set through `data-size` and CSS; the drawing scales through its viewBox).
 *
 * @example
 * const size: KpiGaugeSize = 'lg';
 */
export type KpiGaugeSize = 'sm' | 'md' | 'lg';

/**
 * Props of `<KpiGauge>`: controlled with `value`/`target`/…, or connected with `kpiId` (explicit props then
 * override the KPI's own fields).
 *
 * @example
 * const props: KpiGaugeProps = { label: 'Win rate', value: 0.24, target: 0.28, format: 'percent' };
 */
export interface KpiGaugeProps {
  /** The actual value; `null` shows the "no data" state. Required in controlled mode. */
  value?: number | null;
  /** Start of the scale (default 0; for `target-range`, the range minus its tolerance). For higher-is-better it is also core's attainment-0 point. */
  min?: number;
  /**
   * End of the scale (default: 1.2 × the larger of target and value, rounded up to two significant digits; 1 for
   * percentages that fit). For lower-is-better an explicit `max` is also core's attainment-0 point.
   */
  max?: number;
  /** The target; required for higher- and lower-is-better, optional for target-range. */
  target?: number | null;
  /** Last period's actual: shows a trend delta and whether it is better or worse. */
  previous?: number | null;
  /** Status bands over attainment in [0, 1] (sorted by `from`); core's `KPI_BANDS` by default. */
  bands?: readonly Band[];
  /** Upper clamp of attainment, as core's KPI `cap` (default 1; above 1 lets bands such as "exceeding" apply). */
  cap?: number;
  /** How the KPI is judged (default `higher-is-better`). */
  direction?: KpiDirection;
  /** target-range: lowest value inside the range. */
  rangeMin?: number;
  /** target-range: highest value inside the range. */
  rangeMax?: number;
  /** target-range: distance outside the range over which attainment falls to 0 (default: the range width). */
  tolerance?: number;
  /** Number format (default `number`). */
  format?: KpiGaugeFormat;
  /** ISO 4217 code for `format="currency"`, e.g. `EUR`. */
  currency?: string;
  /** Unit after the number, e.g. `h` → "8.5 h"; `%` formats 72 as "72%". Ignored for percent and currency. */
  unit?: string;
  /** Accessible name (and visible title). Required in controlled mode; the KPI's name when connected. */
  label?: string;
  /** Keep the label for assistive technology only (no visible title). */
  hideLabel?: boolean;
  /** `radial` (default) or `linear` (bullet bar). */
  variant?: KpiGaugeVariant;
  /** Radial only: where the scale starts, in degrees clockwise from 12 o'clock (default −120). */
  startAngle?: number;
  /** Radial only: where the scale ends (default 120); at most 360° after `startAngle`. */
  endAngle?: number;
  /** Preset width (default `md`). */
  size?: KpiGaugeSize;
  /** Animate value changes with a CSS transition (default true; always off under prefers-reduced-motion). */
  animate?: boolean;
  /** Replaces the readout in the middle (value, band and target text). */
  renderLabel?: (model: KpiGaugeModel) => ReactNode;
  /**
   * Replaces the value indicator. Draw SVG in the needle's own frame: radial, centred on (0, 0) and pointing up
   * (−y); linear, at x = 0 over the bar's height. The gauge rotates or moves it to the value (animated).
   */
  renderNeedle?: (model: KpiGaugeModel) => ReactNode;
  /** Connected mode: reads this KPI through the provider's adapter. */
  kpiId?: string;
  className?: string;
}

/**
 * One status band laid out on the scale, as fractions of the scale from its start.
 *
 * @example
 * const segment: KpiGaugeBandSegment = { band: KPI_BANDS[2]!, from: 0.9, to: 1 };
 */
export interface KpiGaugeBandSegment {
  band: Band;
  /** Start, as a fraction [0, 1] of the scale. */
  from: number;
  /** End, as a fraction [0, 1] of the scale. */
  to: number;
}

/**
 * The trend against the previous period: the signed change and whether it is good news given the direction.
 *
 * @example
 * const trend: KpiGaugeTrend = { delta: 3, verdict: 'better', text: '+3 vs. previous period, better' };
 */
export interface KpiGaugeTrend {
  delta: number;
  verdict: 'better' | 'worse' | 'same';
  /** The formatted, signed delta, e.g. "+3.2". */
  deltaText: string;
  /** The sentence shown and announced, e.g. "+3.2 vs. previous period, better". */
  text: string;
}

/**
 * Everything the gauge draws, already validated, scored by core and formatted: what render props receive.
 *
 * @example
 * <KpiGauge label="NPS" value={47} target={55} renderLabel={(m) => <strong>{m.valueLabel}</strong>} />
 */
export interface KpiGaugeModel {
  label: string;
  variant: KpiGaugeVariant;
  direction: KpiDirection;
  /** The value as given. */
  value: number;
  /** The value clamped to [min, max] (what `aria-valuenow` reports). */
  clampedValue: number;
  min: number;
  max: number;
  target: number | undefined;
  rangeMin: number | undefined;
  rangeMax: number | undefined;
  /** Where the clamped value sits on the scale, in [0, 1]. */
  fraction: number;
  /** Where the target sits on the scale, in [0, 1] (clamped); undefined without a target. */
  targetFraction: number | undefined;
  /** Set when the value lies outside the scale and was clamped. */
  outOfRange: 'above' | 'below' | undefined;
  /** From core's `kpiStatus`. */
  attainment: number;
  band: Band;
  /** The band's display name (message `kpiGauge.band.<id>` or the band's label). */
  bandLabel: string;
  /** `band.tone`, or `neutral`. */
  tone: NonNullable<Band['tone']>;
  /** Whether the target is met (attainment ≥ 1). */
  met: boolean;
  /** The bands laid out on the scale (computed by asking core for the band along the scale). */
  segments: readonly KpiGaugeBandSegment[];
  /** The formatted value, e.g. "72%". */
  valueLabel: string;
  /** The font step that makes `valueLabel` fit inside the arc (`lg`, `md`, `sm`), from its length alone. */
  valueFit: 'lg' | 'md' | 'sm';
  /** The formatted target, or target range ("95%–100%"); undefined without one. */
  targetLabel: string | undefined;
  minLabel: string;
  maxLabel: string;
  /** `aria-valuetext`, e.g. "72%, at risk". */
  valueText: string;
  trend: KpiGaugeTrend | undefined;
  /** Radial: the needle angle in degrees (clockwise from 12 o'clock). Linear: 0. */
  angle: number;
  startAngle: number;
  endAngle: number;
}

/**
 * Attributes a host may put on the gauge's root element (`data-*`, `id`, `style`, event handlers, …); the gauge's own
 * role and ARIA attributes win over them.
 *
 * @example
 * <KpiGauge value={3} target={4} data-testid="coverage" style={{ maxWidth: 240 }} />
 */
export type KpiGaugeRootProps = Omit<
  HTMLAttributes<HTMLDivElement>,
  keyof KpiGaugeProps | 'role' | 'children'
>;

/**
 * Everything `<KpiGauge>` accepts: the gauge props plus root attributes.
 *
 * @example
 * const props: KpiGaugeElementProps = { label: 'NPS', value: 47, id: 'nps' };
 */
export type KpiGaugeElementProps = KpiGaugeProps & KpiGaugeRootProps;
