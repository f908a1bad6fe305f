import type { Goal } from '@northstar/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { portalAdapter } from '../data/portalAdapter';
import { usePreferences } from '../prefs/PreferencesContext';

/**
 * The portal's own check-in form for a key result with a numeric metric (until the goal tree widget lands here).
 * One idempotency key per intended check-in, reused when the user retries the same value.
 */
export function CheckInForm({ goal }: { goal: Goal }) {
  const { t, locale } = usePreferences();
  const id = useId();
  const queryClient = useQueryClient();
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const mutation = useMutation({
    mutationFn: (input: { current: number; note: string }) => {
      const body = JSON.stringify(input);
      if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
      return portalAdapter.goals.checkIn(
        goal.id,
        { current: input.current, ...(input.note ? { note: input.note } : {}) },
        { idempotencyKey: attempt.current.key },
      );
    },
    onSuccess: () => {
      attempt.current = null;
      setValue('');
      setNote('');
      return queryClient.invalidateQueries({ predicate: (q) => q.queryKey.includes('goals') });
    },
  });
  const parsed = Number(value.replace(',', '.'));
  const valid = value.trim() !== '' && Number.isFinite(parsed);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (valid) mutation.mutate({ current: parsed, note });
  }

  const metric = goal.metric && 'target' in goal.metric ? goal.metric : null;
  return (
    <form
      className="acme-checkin"
      onSubmit={submit}
      aria-label={t('checkIn.formLabel', { goal: goal.title })}
    >
      <label htmlFor={`${id}-value`}>
        {metric
          ? t('checkIn.value', { target: new Intl.NumberFormat(locale).format(metric.target) })
          : t('checkIn.valuePlain')}
      </label>
      <input
        id={`${id}-value`}
        inputMode="decimal"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={value.trim() !== '' && !valid}
      />
      <label htmlFor={`${id}-note`}>{t('checkIn.note')}</label>
      <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" className="acme-button" disabled={!valid || mutation.isPending}>
        {mutation.isPending ? t('checkIn.saving') : t('checkIn.submit')}
      </button>
      <p role="status" className="acme-form-status">
        {mutation.isSuccess ? t('checkIn.saved') : ''}
      </p>
      {mutation.isError && (
        <p role="alert" className="acme-error">
          {t('checkIn.failed', { reason: mutation.error.message })}
        </p>
      )}
    </form>
  );
}
