import { type ReactNode, type Ref, useId } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { useStandaloneRoot } from '../internal/useStandaloneRoot.js';
import { validAngles } from './gaugeGeometry.js';
import { GaugeTrack } from './KpiGaugeSvg.js';
import type { KpiGaugeRootProps, KpiGaugeSize, KpiGaugeVariant } from './kpiGauge.types.js';
import { KPI_GAUGE_MESSAGES } from './kpiGaugeMessages.js';

/**
 * Which non-gauge state to show.
 *
 * @example
 * const kind: KpiGaugeFallbackKind = 'error';
 */
export type KpiGaugeFallbackKind = 'invalid' | 'empty' | 'not-found' | 'loading' | 'error';

/**
 * Props of `KpiGaugeFallback`.
 *
 * @example
 * const props: KpiGaugeFallbackProps = { kind: 'invalid', label: 'Win rate' };
 */
export interface KpiGaugeFallbackProps {
  kind: KpiGaugeFallbackKind;
  /** The KPI's name when known (unknown while loading a connected gauge). */
  label?: string | undefined;
  hideLabel?: boolean | undefined;
  variant?: KpiGaugeVariant | undefined;
  size?: KpiGaugeSize | undefined;
  startAngle?: number | undefined;
  endAngle?: number | undefined;
  className?: string | undefined;
  /** Error state: called by the Retry button. */
  onRetry?: (() => void) | undefined;
  /** Error state: a retry is in flight (the button stays focusable but inert). */
  retrying?: boolean | undefined;
  /** The host's root attributes and ref, forwarded by `<KpiGauge>`. */
  root?: KpiGaugeRootProps | undefined;
  rootRef?: Ref<HTMLDivElement> | undefined;
}

/**
 * Every state that is not a gauge — invalid data, no data, KPI not found, loading, load error with Retry — in the
 * gauge's own footprint (an empty track), so a dashboard never jumps or shows a blank hole.
 *
 * @example
 * <KpiGaugeFallback kind="error" label="Win rate" onRetry={() => query.refetch()} />
 */
export function KpiGaugeFallback(props: KpiGaugeFallbackProps): ReactNode {
  const standaloneRoot = useStandaloneRoot();
  const { kind, hideLabel, className, onRetry, retrying } = props;
  const t = useMessages(KPI_GAUGE_MESSAGES);
  const labelId = useId();
  const variant = props.variant === 'linear' ? 'linear' : 'radial';
  const label = props.label ?? t('kpiGauge.unnamed');
  const showLabel = !hideLabel && props.label !== undefined;
  const message =
    kind === 'invalid'
      ? t('kpiGauge.invalid')
      : kind === 'loading'
        ? t('kpiGauge.loading')
        : kind === 'error'
          ? t('kpiGauge.error')
          : kind === 'not-found'
            ? t('kpiGauge.notFound')
            : t('kpiGauge.empty');

  // invalid: an image whose name says the data is invalid (a meter without a value would be a lie);
  // loading: a polite status; empty/error: a named group whose text (and Retry button) stay reachable.
  const roleProps =
    kind === 'invalid'
      ? { role: 'img', 'aria-label': t('kpiGauge.invalidLabel', { label }) }
      : kind === 'loading'
        ? { role: 'status', 'aria-busy': true }
        : {
            role: 'group',
            ...(showLabel ? { 'aria-labelledby': labelId } : { 'aria-label': label }),
          };

  return (
    <div
      {...props.root}
      ref={props.rootRef}
      className={className ? `ns-kpi-gauge ${className}` : 'ns-kpi-gauge'}
      {...standaloneRoot}
      data-state={kind}
      data-variant={variant}
      data-size={props.size ?? 'md'}
      {...roleProps}
    >
      {showLabel && (
        <div className="ns-kpi-gauge-label" id={labelId}>
          <bdi dir="auto">{props.label}</bdi>
        </div>
      )}
      <div className="ns-kpi-gauge-figure">
        <GaugeTrack variant={variant} {...validAngles(props.startAngle, props.endAngle)} />
      </div>
      <div className="ns-kpi-gauge-message">
        {kind === 'error' ? <p role="alert">{message}</p> : <p>{message}</p>}
        {kind === 'error' && onRetry && (
          <button
            type="button"
            className="ns-kpi-gauge-retry"
            aria-disabled={retrying ? true : undefined}
            onClick={() => {
              if (!retrying) onRetry();
            }}
          >
            {t('kpiGauge.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
