import type { Kpi, KpiSample, KpiSampleInput } from '@northstar/core';
import { type ChangeEvent, type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { useRecordKpiActual } from '../data/useRecordKpiActual.js';
import type { KpiTableRow } from './buildKpiRows.js';
import { currencyOf } from './formatKpiValue.js';
import { nextPeriod } from './nextPeriod.js';
import { parseActualInput } from './parseActualInput.js';
import type { KpiTableText } from './useKpiTableText.js';
import { usePeriodLabel } from './usePeriodLabel.js';

/**
 * Props of the "Record actual" form in the KPI dialog.
 *
 * @example
 * <RecordActualForm row={row} text={text} samples={history.data} />
 */
export interface RecordActualFormProps {
  row: KpiTableRow;
  text: KpiTableText;
  /** The KPI's known history (oldest first): the period field suggests the one after the latest sample. */
  samples: readonly KpiSample[] | undefined;
}

interface FieldErrors {
  period?: string;
  actual?: string;
}

const UNITLESS = new Set(['', 'count', '#']);

/** What the actual is typed in, for the hint under the field; undefined for a plain count. */
function unitOf(kpi: Kpi): string | undefined {
  if (kpi.format === 'percent') return '%';
  const currency = currencyOf(kpi);
  if (currency) return currency;
  const unit = kpi.unit?.trim() ?? '';
  return UNITLESS.has(unit) ? undefined : unit;
}

/**
 * A small form in the KPI dialog that records an actual for a period through the provider's adapter
 * (`useRecordKpiActual`): the value shows at once in the dialog and the table, the button is busy while the write
 * is pending, a failed write is rolled back with a visible alert and a Retry that resends the same idempotency key,
 * and a successful one is announced politely. Renders nothing when the adapter cannot record.
 *
 * @example
 * <RecordActualForm row={row} text={text} samples={samples} />
 */
export function RecordActualForm({ row, text, samples }: RecordActualFormProps) {
  const record = useRecordKpiActual();
  const { t, f } = text;
  const { kpi } = row;
  const periodLabel = usePeriodLabel(f.locale);
  const id = useId();
  const ids = {
    title: `${id}-title`,
    period: `${id}-period`,
    periodHint: `${id}-period-hint`,
    periodError: `${id}-period-error`,
    actual: `${id}-actual`,
    actualHint: `${id}-actual-hint`,
    actualError: `${id}-actual-error`,
  };
  const periodRef = useRef<HTMLInputElement>(null);
  const actualRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const suggested = useMemo(() => {
    const periods = (samples ?? []).map((s) => s.period);
    if (kpi.period !== undefined) periods.push(kpi.period);
    return nextPeriod(periods) ?? '';
  }, [samples, kpi.period]);
  // null = not typed: the field follows the suggestion (history may still be loading when the dialog opens).
  const [periodInput, setPeriodInput] = useState<string | null>(null);
  const [actualInput, setActualInput] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const period = periodInput ?? suggested;
  const percent = kpi.format === 'percent';
  const unit = unitOf(kpi);
  const example = suggested || (kpi.period ?? '2026-01');

  // After a saved write the form is ready for the next period. Adjusted during render (not in an effect) so the
  // cleared fields and the status message appear in the same paint.
  const [clearedFor, setClearedFor] = useState<unknown>(undefined);
  if (record.status === 'success' && record.variables !== clearedFor) {
    setClearedFor(record.variables);
    setPeriodInput(null);
    setActualInput('');
  }

  const validatePeriod = (value: string) =>
    value.trim() === '' ? t('kpiTable.record.periodRequired', { example }) : undefined;
  const readActual = (value: string): { error?: string; value?: number } => {
    // A percent KPI stores a ratio (0.24) but people type the percentage they see ("24" or "24 %").
    const typed = percent ? value.replace(/%\s*$/, '') : value;
    const parsed = parseActualInput(typed, f.locale);
    if (parsed.kind === 'empty') return { error: t('kpiTable.record.actualRequired') };
    if (parsed.kind === 'invalid') {
      return { error: t('kpiTable.record.actualInvalid', { input: value.trim(), example: f.number(12.5) }) };
    }
    // toPrecision drops the binary noise of the division (1.1 / 100 = 0.011000000000000001).
    return { value: percent ? Number((parsed.value / 100).toPrecision(15)) : parsed.value };
  };

  const pending = record.isPending;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const periodError = validatePeriod(period);
    const actual = readActual(actualInput);
    setErrors({ period: periodError, actual: actual.error });
    if (periodError !== undefined || actual.value === undefined) {
      (periodError !== undefined ? periodRef : actualRef).current?.focus();
      return;
    }
    const sample: KpiSampleInput = { period: period.trim(), actual: actual.value };
    // The history's samples carry the target of their period; a new one keeps the KPI's current target.
    if (typeof kpi.target === 'number' && Number.isFinite(kpi.target)) sample.target = kpi.target;
    // Pin the period that was sent: the suggestion moves on with the optimistic sample and back on a rollback,
    // and a failed write must leave exactly what the user submitted in the fields.
    setPeriodInput(sample.period);
    record.mutate({ kpiId: kpi.id, sample });
  };

  const retry = () => {
    // The alert (and its button) goes away while the retry is pending; keep focus in the form, on the busy button.
    submitRef.current?.focus();
    record.retry();
  };

  // Once shown, an error follows the field as it is corrected.
  const onPeriodChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setPeriodInput(value);
    if (errors.period !== undefined) setErrors((e) => ({ ...e, period: validatePeriod(value) }));
  };
  const onActualChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setActualInput(value);
    if (errors.actual !== undefined) setErrors((e) => ({ ...e, actual: readActual(value).error }));
  };

  if (!record.canRecord) return null;

  const sent = record.variables?.sample;
  const sentValue = sent ? (text.value(sent.actual, kpi) ?? t('kpiTable.noValue')) : '';
  const sentPeriod = sent ? periodLabel(sent.period) : '';
  const describedBy = (...list: Array<string | false | undefined>) =>
    list.filter(Boolean).join(' ') || undefined;

  return (
    <section className="ns-kpi-table-record" aria-labelledby={ids.title}>
      <h3 id={ids.title} className="ns-kpi-table-history-title">
        {t('kpiTable.record.title')}
      </h3>
      <form
        className="ns-kpi-table-record-form"
        aria-labelledby={ids.title}
        noValidate
        onSubmit={submit}
        data-state={record.status}
      >
        <div className="ns-kpi-table-field">
          <label className="ns-kpi-table-label" htmlFor={ids.period}>
            {t('kpiTable.record.period')}
          </label>
          <input
            ref={periodRef}
            id={ids.period}
            className="ns-kpi-table-input"
            name="period"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={period}
            readOnly={pending}
            aria-invalid={errors.period !== undefined || undefined}
            aria-describedby={describedBy(ids.periodHint, errors.period !== undefined && ids.periodError)}
            onChange={onPeriodChange}
          />
          <span id={ids.periodHint} className="ns-kpi-table-field-hint">
            {t('kpiTable.record.periodHint', { example })}
          </span>
          {errors.period !== undefined ? (
            <span id={ids.periodError} className="ns-kpi-table-field-error">
              {errors.period}
            </span>
          ) : null}
        </div>
        <div className="ns-kpi-table-field">
          <label className="ns-kpi-table-label" htmlFor={ids.actual}>
            {t('kpiTable.record.actual')}
          </label>
          {/* Text with a decimal keypad, not type=number: the browser's number field ignores the provider's
              locale and silently empties what it cannot parse, so the user could never be told what was wrong. */}
          <input
            ref={actualRef}
            id={ids.actual}
            className="ns-kpi-table-input"
            name="actual"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={actualInput}
            readOnly={pending}
            aria-invalid={errors.actual !== undefined || undefined}
            aria-describedby={describedBy(
              unit !== undefined && ids.actualHint,
              errors.actual !== undefined && ids.actualError,
            )}
            onChange={onActualChange}
          />
          {unit !== undefined ? (
            <span id={ids.actualHint} className="ns-kpi-table-field-hint">
              {t('kpiTable.record.actualUnit', { unit })}
            </span>
          ) : null}
          {errors.actual !== undefined ? (
            <span id={ids.actualError} className="ns-kpi-table-field-error">
              {errors.actual}
            </span>
          ) : null}
        </div>
        {/* aria-disabled rather than disabled: a disabled button drops focus to <body> in the middle of a dialog. */}
        <button
          ref={submitRef}
          type="submit"
          className="ns-kpi-table-button ns-kpi-table-record-submit"
          aria-disabled={pending || undefined}
          aria-busy={pending || undefined}
          data-state={pending ? 'pending' : undefined}
        >
          {pending ? t('kpiTable.record.pending') : t('kpiTable.record.submit')}
        </button>
      </form>
      {record.status === 'error' && sent ? (
        <div className="ns-kpi-table-error" role="alert">
          <p>
            {t('kpiTable.record.failed', {
              value: sentValue,
              period: sentPeriod,
              message: record.error?.message ?? '',
            })}
          </p>
          <button type="button" className="ns-kpi-table-button" onClick={retry}>
            {t('kpiTable.record.retry')}
          </button>
        </div>
      ) : null}
      {/* Always in the DOM, so screen readers are already watching it when the text arrives. */}
      <p className="ns-kpi-table-record-status" role="status">
        {record.status === 'success' && sent
          ? t('kpiTable.record.saved', { value: sentValue, period: sentPeriod })
          : null}
      </p>
    </section>
  );
}
