import type { FeedbackAnswer, FeedbackQuestion, FeedbackRequest, FeedbackTemplate } from '@northstar/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { portalAdapter } from '../data/portalAdapter';
import { usePreferences } from '../prefs/PreferencesContext';
import {
  clearLocal,
  type LocalDraft,
  readLocalDraft,
  submissionKey,
  writeLocalDraft,
} from './feedbackDraftStore';

interface Props {
  request: FeedbackRequest;
  template: FeedbackTemplate;
  subjectName: string;
  /** The server's draft for this request, if any (loaded by the page). */
  serverDraft: { answers: Record<string, FeedbackAnswer>; anonymous?: boolean; updatedAt: string } | null;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'offline';
type SubmitState = { status: 'idle' | 'sending' | 'sent' } | { status: 'failed'; reason: string };

/**
 * The portal's placeholder feedback form (until @northstar/react/feedback-form is merged here): template-driven
 * questions, drafts kept locally at once and on the server shortly after, idempotent submit that survives reloads.
 */
export function FeedbackFormPlaceholder({ request, template, subjectName, serverDraft }: Props) {
  const { t } = usePreferences();
  const queryClient = useQueryClient();
  const [initial] = useState<LocalDraft>(() => newestDraft(readLocalDraft(request.id), serverDraft));
  const [answers, setAnswers] = useState(initial.answers);
  const [anonymous, setAnonymous] = useState(initial.anonymous);
  const [save, setSave] = useState<SaveState>(serverDraft || readLocalDraft(request.id) ? 'saved' : 'idle');
  const [submit, setSubmit] = useState<SubmitState>({ status: 'idle' });
  const [missing, setMissing] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const canBeAnonymous =
    template.allowAnonymous === true && request.relationship !== 'self' && request.relationship !== 'manager';

  useEffect(() => () => clearTimeout(timer.current), []);

  function change(next: Record<string, FeedbackAnswer>, nextAnonymous = anonymous) {
    setAnswers(next);
    setAnonymous(nextAnonymous);
    setMissing(null);
    writeLocalDraft(request.id, {
      answers: next,
      anonymous: nextAnonymous,
      savedAt: new Date().toISOString(),
    });
    setSave('saving');
    clearTimeout(timer.current);
    // Saving on every keystroke would flood the API; the local copy already protects the answers meanwhile.
    timer.current = setTimeout(() => {
      portalAdapter.feedback
        .saveDraft(
          {
            templateId: request.templateId,
            subjectId: request.subjectId,
            raterId: request.raterId,
            relationship: request.relationship,
            anonymous: nextAnonymous,
            answers: next,
          },
          { idempotencyKey: crypto.randomUUID() },
        )
        .then(
          () => setSave('saved'),
          () => setSave('offline'),
        );
    }, 600);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const unanswered = template.questions.find((q) => q.required && (answers[q.id] ?? null) === null);
    if (unanswered) {
      setMissing(t('form.required', { question: unanswered.prompt ?? unanswered.id }));
      return;
    }
    const input = {
      templateId: request.templateId,
      subjectId: request.subjectId,
      raterId: request.raterId,
      relationship: request.relationship,
      anonymous: canBeAnonymous && anonymous,
      answers,
    };
    const key = submissionKey(request.id, JSON.stringify(input));
    setSubmit({ status: 'sending' });
    try {
      clearTimeout(timer.current);
      await portalAdapter.feedback.submit(input, { idempotencyKey: key });
      clearLocal(request.id);
      setSubmit({ status: 'sent' });
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey.includes('feedback') });
    } catch (error) {
      setSubmit({ status: 'failed', reason: (error as Error).message });
    }
  }

  if (submit.status === 'sent') {
    return (
      <p role="status" className="acme-success" data-testid="feedback-sent">
        {t('form.sent', { name: subjectName })}
      </p>
    );
  }

  return (
    <form className="acme-feedback-form" onSubmit={onSubmit} noValidate>
      {template.questions.map((q) => (
        <QuestionField
          key={q.id}
          question={q}
          value={answers[q.id] ?? null}
          onChange={(v) => change({ ...answers, [q.id]: v })}
        />
      ))}
      {canBeAnonymous && (
        <p className="acme-check">
          <input
            id="fb-anonymous"
            type="checkbox"
            checked={anonymous}
            onChange={(e) => change(answers, e.target.checked)}
          />
          <label htmlFor="fb-anonymous">
            {t('form.anonymous', { count: template.anonymityThreshold ?? 3 })}
          </label>
        </p>
      )}
      <div className="acme-form-actions">
        <button type="submit" className="acme-button" disabled={submit.status === 'sending'}>
          {submit.status === 'sending' ? t('form.sending') : t('form.submit')}
        </button>
        <span role="status" className="acme-form-status" data-state={save}>
          {save === 'saving'
            ? t('form.draftSaving')
            : save === 'saved'
              ? t('form.draftSaved')
              : save === 'offline'
                ? t('form.draftLocal')
                : ''}
        </span>
      </div>
      {missing && (
        <p role="alert" className="acme-error">
          {missing}
        </p>
      )}
      {submit.status === 'failed' && (
        <p role="alert" className="acme-error">
          {t('form.failed', { reason: submit.reason })}
        </p>
      )}
    </form>
  );
}

function newestDraft(local: LocalDraft | null, server: Props['serverDraft']): LocalDraft {
  const fromServer: LocalDraft | null = server
    ? { answers: server.answers, anonymous: server.anonymous ?? false, savedAt: server.updatedAt }
    : null;
  if (local && (!fromServer || local.savedAt >= fromServer.savedAt)) return local;
  return fromServer ?? { answers: {}, anonymous: false, savedAt: '' };
}

function QuestionField({
  question,
  value,
  onChange,
}: {
  question: FeedbackQuestion;
  value: FeedbackAnswer;
  onChange(value: FeedbackAnswer): void;
}) {
  const id = useId();
  const { t } = usePreferences();
  const prompt = question.prompt ?? question.id;
  if (question.kind === 'text') {
    return (
      <p className="acme-field">
        <label htmlFor={id}>{prompt}</label>
        <textarea
          id={id}
          rows={3}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || null)}
        />
      </p>
    );
  }
  const options =
    question.kind === 'choice'
      ? (question.options ?? []).map((o) => ({ value: o as FeedbackAnswer, label: o }))
      : ratingOptions(question);
  return (
    <fieldset className="acme-field acme-choices">
      <legend>
        {prompt}
        {question.required && <span className="acme-muted"> {t('form.requiredMark')}</span>}
      </legend>
      {options.map((o) => (
        <label key={String(o.value)} className="acme-choice">
          <input
            type="radio"
            name={`${id}-${question.id}`}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function ratingOptions(question: FeedbackQuestion): { value: FeedbackAnswer; label: string }[] {
  const scale = question.scale ?? { min: 1, max: 5, step: 1 };
  const step = scale.step ?? 1;
  const out: { value: FeedbackAnswer; label: string }[] = [];
  for (let v = scale.min, i = 0; v <= scale.max + 1e-9; v += step, i += 1) {
    out.push({ value: v, label: scale.labels?.[i] ? `${v} · ${scale.labels[i]}` : String(v) });
  }
  return out;
}
