import {
  type Band,
  bandOf,
  isNorthstarError,
  KPI_BANDS,
  type KpiDirection,
  type KpiInput,
  kpiAttainment,
  kpiStatus,
} from '@northstar/core';
import type { Formatters } from '../i18n/createFormatters.js';
import type { NorthstarMessages } from '../provider/NorthstarContext.js';
import { createGaugeFormatter, type GaugeFormatter } from './gaugeFormat.js';
import { angleOf, validAngles } from './gaugeGeometry.js';
import { bandSegments, clamp, resolveScale } from './gaugeScale.js';
import type { KpiGaugeModel, KpiGaugeProps, KpiGaugeTrend } from './kpiGauge.types.js';
import type { KpiGaugeMessageKey } from './kpiGaugeMessages.js';
import { valueFit } from './valueFit.js';

/**
 * One invalid prop, as `warnInvalidProp` reports it.
 *
 * @example
 * const issue: PropIssue = { prop: 'max', value: 0, rule: 'must be greater than min (100)', fallback: '…' };
 */
export interface PropIssue {
  prop: string;
  value: unknown;
  rule: string;
  fallback: string;
}

/**
 * What the gauge should render: the scored model, the "no data" state, or the invalid-data fallback.
 *
 * @example
 * const result = useGaugeModel({ label: 'NPS', value: 47, target: 55 });
 * if (result.state === 'ready') result.model.valueText; // '47, on track'
 */
export type GaugeResult =
  | { state: 'ready'; model: KpiGaugeModel }
  | { state: 'empty'; label: string }
  | { state: 'invalid'; label: string; issue: PropIssue };

type Translate = (key: KpiGaugeMessageKey, params?: Readonly<Record<string, string | number>>) => string;

const INVALID_FALLBACK = 'rendering the "invalid data" placeholder instead of the gauge';
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const given = (x: unknown): boolean => x !== undefined && x !== null;

/** Thrown inside `resolveKpiGauge` to stop at the first invalid prop; caught right there (never escapes). */
class Invalid {
  constructor(readonly issue: PropIssue) {}
}
function invalid(prop: string, value: unknown, rule: string): never {
  throw new Invalid({ prop, value, rule, fallback: INVALID_FALLBACK });
}
function requireFinite(prop: string, value: unknown): void {
  if (given(value) && !isFiniteNumber(value)) invalid(prop, value, 'must be a finite number');
}

/** Core's field names mapped back to the prop the host actually set. */
function propOfCoreField(field: string, direction: KpiDirection): string {
  if (field.startsWith('bands')) return 'bands';
  if (field === 'actual') return 'value';
  if (field === 'min') return direction === 'target-range' ? 'rangeMin' : 'min';
  if (field === 'max') return direction === 'target-range' ? 'rangeMax' : 'max';
  return field;
}

/** Core's three default bands, by id and English label (a host band that reuses an id with its own label is not). */
function isCoreBand(band: Band): band is Band & { id: 'off-track' | 'at-risk' | 'on-track' } {
  return KPI_BANDS.some((core) => core.id === band.id && core.label === band.label);
}

/**
 * The band's visible name and its in-sentence form ("At risk" / "at risk"): core's bands from the catalogue of the
 * provider's locale, any other band by its own label; `kpiGauge.band.<id>` / `kpiGauge.bandInText.<id>` overrides win.
 */
function bandNames(band: Band, messages: NorthstarMessages, t: Translate): { label: string; inText: string } {
  const own = (key: string) => {
    const message = messages[key];
    return typeof message === 'string' ? message : undefined;
  };
  const ownLabel = own(`kpiGauge.band.${band.id}`);
  const ownInText = own(`kpiGauge.bandInText.${band.id}`);
  if (!isCoreBand(band))
    return { label: ownLabel ?? band.label, inText: ownInText ?? ownLabel ?? band.label };
  const label = t(`kpiGauge.band.${band.id}`);
  // a host that renamed only the visible band keeps its name inside sentences too
  const inText = ownInText ?? (ownLabel !== undefined ? ownLabel : t(`kpiGauge.bandInText.${band.id}`));
  return { label, inText };
}

/**
 * What the resolver needs besides the props: formatters, the translator and the provider's message overrides.
 *
 * @example
 * const env: KpiGaugeEnvironment = { formatters: createFormatters('de-DE'), t: createTranslator(KPI_GAUGE_MESSAGES, 'de-DE'), messages: {} };
 */
export interface KpiGaugeEnvironment {
  formatters: Formatters;
  t: Translate;
  messages: NorthstarMessages;
}

/**
 * Props → what to render, with every number from core and every string formatted; pure (warnings are returned,
 * not logged, so the hook logs them once after render and the server stays quiet).
 *
 * @example
 * resolveKpiGauge({ label: 'Win rate', value: 0.72, target: 1, format: 'percent' }, env).result.state; // 'ready'
 */
export function resolveKpiGauge(
  props: KpiGaugeProps,
  env: KpiGaugeEnvironment,
): { result: GaugeResult; warnings: PropIssue[] } {
  const warnings: PropIssue[] = [];
  const { t } = env;
  let label = props.label;
  if (typeof label !== 'string' || label.trim() === '') {
    warnings.push({
      prop: 'label',
      value: label,
      rule: 'is required: it is the gauge’s accessible name',
      fallback: `naming the gauge "${t('kpiGauge.unnamed')}"`,
    });
    label = t('kpiGauge.unnamed');
  }
  try {
    const model = buildModel(props, label, env, warnings);
    return { result: model ? { state: 'ready', model } : { state: 'empty', label }, warnings };
  } catch (error) {
    if (error instanceof Invalid)
      return { result: { state: 'invalid', label, issue: error.issue }, warnings };
    // any other failure (a core error we did not foresee) still degrades to the fallback, never a crash
    const issue: PropIssue = {
      prop: 'value',
      value: props.value,
      rule: `could not be scored (${error instanceof Error ? error.message : String(error)})`,
      fallback: INVALID_FALLBACK,
    };
    return { result: { state: 'invalid', label, issue }, warnings };
  }
}

function buildModel(
  props: KpiGaugeProps,
  label: string,
  env: KpiGaugeEnvironment,
  warnings: PropIssue[],
): KpiGaugeModel | null {
  const { t } = env;
  const { value, target: rawTarget, rangeMin, rangeMax, tolerance } = props;
  const direction = props.direction ?? 'higher-is-better';
  const bands = props.bands ?? KPI_BANDS;

  if (!given(value)) return null;
  // Only what the scale needs up front is checked here; everything else (direction, a missing target or range,
  // unsorted bands, …) is core's rule, reported below with core's own message.
  requireFinite('value', value);
  requireFinite('min', props.min);
  requireFinite('max', props.max);
  requireFinite('target', rawTarget);
  const actual = value as number;
  const target = rawTarget ?? undefined;

  const format = props.format ?? 'number';
  const scale = resolveScale({
    value: actual,
    min: props.min,
    max: props.max,
    target,
    rangeMin,
    rangeMax,
    tolerance,
    direction,
    percent: format === 'percent',
  });
  const { min, max } = scale;
  if (!(min < max)) {
    if (props.max !== undefined) invalid('max', props.max, `must be greater than min (${min})`);
    invalid('min', props.min, `must be less than max (${max})`);
  }

  // Core scores it; the widget only maps the props onto core's KPI fields.
  const input: KpiInput = {
    actual,
    target,
    direction,
    bands,
    cap: props.cap,
    // target-range scores against the range; higher-is-better from the scale's start; lower-is-better from an
    // explicit max (else core uses target ÷ actual).
    ...(direction === 'target-range'
      ? { min: rangeMin, max: rangeMax, tolerance }
      : direction === 'higher-is-better'
        ? { min }
        : { max: props.max }),
  };
  let status: ReturnType<typeof kpiStatus>;
  try {
    status = kpiStatus(input);
  } catch (error) {
    if (!isNorthstarError(error)) throw error;
    const prop = propOfCoreField(String(error.details.field ?? 'value'), direction);
    invalid(prop, (props as Record<string, unknown>)[prop], `is rejected by core: ${error.message}`);
  }
  const band = status.band ?? bands[0]!;
  const attainment = status.attainment ?? 0;

  const span = max - min;
  const fractionOf = (x: number) => (clamp(x, min, max) - min) / span;
  const keys = [target, rangeMin, rangeMax].filter(isFiniteNumber).map(fractionOf);
  const segments = bandSegments(
    (f) => bandOf(kpiAttainment({ ...input, actual: min + f * span }), bands) ?? band,
    keys,
  );

  const fmt = formatterFor(props, span, Math.max(Math.abs(min), Math.abs(max)), env.formatters, warnings);
  const names = bandNames(band, env.messages, env.t);
  const valueLabel = fmt.value(actual);
  const outOfRange = actual > max ? 'above' : actual < min ? 'below' : undefined;
  const valueTextKey =
    outOfRange === 'above'
      ? 'kpiGauge.valueTextAbove'
      : outOfRange === 'below'
        ? 'kpiGauge.valueTextBelow'
        : 'kpiGauge.valueText';
  const targetLabel =
    direction === 'target-range'
      ? t('kpiGauge.targetRange', { min: fmt.value(rangeMin!), max: fmt.value(rangeMax!) })
      : target !== undefined
        ? fmt.value(target)
        : undefined;

  const { startAngle, endAngle } = anglesOf(props, warnings);
  const fraction = fractionOf(actual);
  return {
    label,
    variant: props.variant === 'linear' ? 'linear' : 'radial',
    direction,
    value: actual,
    clampedValue: clamp(actual, min, max),
    min,
    max,
    target,
    rangeMin: direction === 'target-range' ? rangeMin : undefined,
    rangeMax: direction === 'target-range' ? rangeMax : undefined,
    fraction,
    targetFraction: target === undefined ? undefined : fractionOf(target),
    outOfRange,
    attainment,
    band,
    bandLabel: names.label,
    tone: band.tone ?? 'neutral',
    met: status.met ?? false,
    segments,
    valueLabel,
    valueFit: valueFit(valueLabel),
    targetLabel,
    minLabel: fmt.value(min),
    maxLabel: fmt.value(max),
    valueText: t(valueTextKey, { value: valueLabel, band: names.inText }),
    trend: trendOf(props.previous, actual, attainment, input, fmt, t, warnings),
    angle: props.variant === 'linear' ? 0 : angleOf(fraction, startAngle, endAngle),
    startAngle,
    endAngle,
  };
}

/** The value formatter; a bad currency or Intl option degrades to plain numbers with one warning. */
function formatterFor(
  props: KpiGaugeProps,
  span: number,
  magnitude: number,
  formatters: Formatters,
  warnings: PropIssue[],
): GaugeFormatter {
  const spec = { format: props.format, currency: props.currency, unit: props.unit, span, magnitude };
  try {
    return createGaugeFormatter(formatters, spec);
  } catch (error) {
    const prop = props.format === 'currency' ? 'currency' : 'format';
    warnings.push({
      prop,
      value: prop === 'currency' ? props.currency : props.format,
      rule:
        prop === 'currency'
          ? 'must be an ISO 4217 code (e.g. "EUR") when format is "currency"'
          : `must be valid Intl.NumberFormat options (${(error as Error).message})`,
      fallback: 'formatting as a plain number',
    });
    return createGaugeFormatter(formatters, { ...spec, format: 'number', unit: undefined });
  }
}

function anglesOf(props: KpiGaugeProps, warnings: PropIssue[]): { startAngle: number; endAngle: number } {
  const { startAngle, endAngle, valid } = validAngles(props.startAngle, props.endAngle);
  if (!valid)
    warnings.push({
      prop: 'endAngle',
      value: [props.startAngle, props.endAngle],
      rule: 'must be finite, with startAngle < endAngle ≤ startAngle + 360',
      fallback: 'using −120° to 120°',
    });
  return { startAngle, endAngle };
}

/**
 * The change since last period. Higher/lower-is-better judge by the sign of the change; target-range asks core
 * whether attainment rose (moving toward the range is better, in either direction).
 */
function trendOf(
  previous: number | null | undefined,
  actual: number,
  attainment: number,
  input: KpiInput,
  fmt: GaugeFormatter,
  t: Translate,
  warnings: PropIssue[],
): KpiGaugeTrend | undefined {
  if (!given(previous)) return undefined;
  if (!isFiniteNumber(previous)) {
    warnings.push({
      prop: 'previous',
      value: previous,
      rule: 'must be a finite number',
      fallback: 'hiding the trend',
    });
    return undefined;
  }
  const delta = actual - previous;
  let better: number;
  if (input.direction === 'target-range')
    better = attainment - (kpiAttainment({ ...input, actual: previous }) ?? 0);
  else better = input.direction === 'lower-is-better' ? -delta : delta;
  const verdict = better > 0 ? 'better' : better < 0 ? 'worse' : 'same';
  const formatted = fmt.delta(delta);
  const deltaText = formatted.points
    ? t('kpiGauge.percentPoints', { value: formatted.text })
    : formatted.text;
  // one whole sentence per verdict, so every language can order it its own way
  const text = t(`kpiGauge.trend.${verdict}`, { delta: deltaText });
  return { delta, verdict, deltaText, text };
}
