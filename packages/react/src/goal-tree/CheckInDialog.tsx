import type { Goal } from '@northstar/core';
import * as Dialog from '@radix-ui/react-dialog';
import { type FormEvent, useId, useState } from 'react';
import { useFormatters } from '../i18n/useFormatters.js';
import { GoalTreeDialogFrame } from './GoalTreeDialogFrame.js';
import type { GoalTreeMessageKey } from './goalTreeMessages.js';
import { parseCheckInValue } from './parseCheckInValue.js';
import type { CheckInDraft } from './useGoalTreeWrites.js';

/**
 * Props of {@link CheckInDialog}.
 *
 * @example
 * <CheckInDialog goal={goal} draft={draft} onDraftChange={setDraft} onSubmit={save} onOpenChange={close} t={t} />
 */
export interface CheckInDialogProps {
  /** The key result checked in on; the dialog is open while it is set. */
  goal: Goal | undefined;
  draft: CheckInDraft | undefined;
  onDraftChange: (draft: CheckInDraft) => void;
  onSubmit: (current: number, note: string) => void;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
  t: (key: GoalTreeMessageKey, params?: Readonly<Record<string, string | number>>) => string;
}

function currentOf(goal: Goal): number | null {
  const metric = goal.metric;
  if (!metric) return null;
  if (metric.kind === 'binary') return metric.done === true ? 1 : metric.done === false ? 0 : null;
  return metric.current ?? null;
}

/**
 * The check-in dialog (Radix): a locale-aware number field ("1.234,5" in de-DE), an optional note and the goal's
 * earlier check-ins. A value core or the metric would refuse ("abc", NaN, outside a range key result) is an inline
 * error on the field and nothing is sent; what was typed lives in the tree's drafts, so it survives a failure.
 *
 * @example
 * <CheckInDialog goal={kr} draft={undefined} onDraftChange={keep} onSubmit={(v, note) => save(v, note)} onOpenChange={setOpen} t={t} />
 */
export function CheckInDialog(props: CheckInDialogProps) {
  return (
    <GoalTreeDialogFrame
      open={props.goal !== undefined}
      onOpenChange={props.onOpenChange}
      onCloseAutoFocus={props.onCloseAutoFocus}
    >
      {props.goal ? <CheckInForm {...props} goal={props.goal} /> : null}
    </GoalTreeDialogFrame>
  );
}

function CheckInForm({
  goal,
  draft,
  onDraftChange,
  onSubmit,
  onOpenChange,
  t,
}: CheckInDialogProps & { goal: Goal }) {
  const formatters = useFormatters();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const value = draft?.value ?? '';
  const note = draft?.note ?? '';
  const metric = goal.metric;
  const current = currentOf(goal);
  const shown = current === null ? t('goalTree.noData') : formatters.number(current);
  let hint = '';
  if (metric?.kind === 'binary') hint = t('goalTree.checkInBinaryHint');
  else if (metric?.kind === 'range')
    hint = t('goalTree.checkInRangeHint', { min: metric.min, max: metric.max, current: shown });
  else if (metric)
    hint = t('goalTree.checkInHint', { start: metric.start, target: metric.target, current: shown });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseCheckInValue(value, formatters.locale, metric);
    if (!parsed.ok) {
      if (parsed.reason === 'empty') setError(t('goalTree.errorEmpty'));
      else if (parsed.reason === 'notBinary') setError(t('goalTree.errorBinary'));
      else if (parsed.reason === 'outOfRange')
        setError(t('goalTree.errorRange', { min: parsed.min, max: parsed.max }));
      else setError(t('goalTree.errorNumber', { example: formatters.number(1234.5) }));
      return;
    }
    setError(null);
    onSubmit(parsed.value, note.trim());
  };

  const history = [...(goal.checkIns ?? [])].reverse();
  return (
    <form onSubmit={submit} noValidate className="ns-goal-tree-form">
      <Dialog.Title className="ns-goal-tree-dialog-title">
        {t('goalTree.checkInTitle', { title: goal.title })}
      </Dialog.Title>
      <Dialog.Description className="ns-goal-tree-hint" id={`${id}-hint`}>
        {hint}
      </Dialog.Description>
      <label className="ns-goal-tree-field" htmlFor={`${id}-value`}>
        {t('goalTree.checkInValue')}
      </label>
      <input
        id={`${id}-value`}
        className="ns-goal-tree-input"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={error !== null}
        aria-describedby={error === null ? `${id}-hint` : `${id}-error ${id}-hint`}
        onChange={(event) => {
          setError(null);
          onDraftChange({ value: event.target.value, note });
        }}
      />
      {error !== null && (
        <p id={`${id}-error`} className="ns-goal-tree-field-error" role="alert">
          {error}
        </p>
      )}
      <label className="ns-goal-tree-field" htmlFor={`${id}-note`}>
        {t('goalTree.checkInNote')}
      </label>
      <textarea
        id={`${id}-note`}
        className="ns-goal-tree-input"
        rows={2}
        value={note}
        onChange={(event) => onDraftChange({ value, note: event.target.value })}
      />
      <div className="ns-goal-tree-dialog-actions">
        <button type="button" className="ns-goal-tree-button" onClick={() => onOpenChange(false)}>
          {t('goalTree.cancel')}
        </button>
        <button type="submit" className="ns-goal-tree-button" data-variant="primary">
          {t('goalTree.checkInSave')}
        </button>
      </div>
      <section className="ns-goal-tree-history" aria-labelledby={`${id}-history`}>
        <h3 id={`${id}-history`} className="ns-goal-tree-history-title">
          {t('goalTree.history')}
        </h3>
        {history.length === 0 ? (
          <p>{t('goalTree.noHistory')}</p>
        ) : (
          <ul className="ns-goal-tree-history-list">
            {history.map((entry) => (
              <li key={entry.id}>
                <time dateTime={entry.at}>{formatters.date(entry.at, { dateStyle: 'medium' })}</time>{' '}
                <span>
                  {entry.current === null
                    ? t('goalTree.historyNoteOnly')
                    : t('goalTree.historyValue', { value: entry.current })}
                </span>
                {entry.note ? <span className="ns-goal-tree-history-note"> — {entry.note}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </form>
  );
}
