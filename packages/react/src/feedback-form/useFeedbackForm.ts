import type { FeedbackAnswer } from '@northstar/core';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { type FieldErrors, type Resolver, type UseFormRegister, useForm, useWatch } from 'react-hook-form';
import { createIdempotencyKey } from '../data/createIdempotencyKey.js';
import { useFormatters } from '../i18n/useFormatters.js';
import { useMessages } from '../i18n/useMessages.js';
import { warnOnce } from '../internal/warnOnce.js';
import { type AnonymityExplanation, explainAnonymity } from './explainAnonymity.js';
import { createFeedbackDraftStore, type FeedbackDraftStore, pickNewerDraft } from './feedbackDraftStore.js';
import type { FeedbackFormControlledProps } from './feedbackForm.types.js';
import { FEEDBACK_FORM_MESSAGES } from './feedbackFormMessages.js';
import type { FeedbackTranslate } from './feedbackTranslate.types.js';
import { fieldErrorsOf } from './fieldErrorsOf.js';
import {
  type FormFieldValues,
  fieldName,
  fromFormValues,
  keepValidAnswers,
  toFormValues,
} from './formValues.js';
import {
  type FeedbackFieldError,
  type FeedbackFormModel,
  resolveFeedbackForm,
  validateFeedbackValues,
} from './resolveFeedbackForm.js';
import { SUBMIT_IDLE, type SubmitEvent, type SubmitState, submitReducer } from './submitMachine.js';
import { useOnlineStatus } from './useOnlineStatus.js';
import { type DraftTabs, watchDraftTabs } from './watchDraftTabs.js';

/**
 * A notice above the form: a restored draft (with its time), a discarded one, or an unreadable/outdated local draft.
 *
 * @example
 * const n: DraftNotice = { kind: 'restored', time: '10:42' };
 */
export type DraftNotice =
  | { kind: 'restored'; time: string }
  | { kind: 'discarded' }
  | { kind: 'corrupt' }
  | { kind: 'outdated' };

/**
 * What `useFeedbackForm` returns: the view model, the form library's `register`, notices, the submit state and
 * handlers — everything a host needs to render its own markup.
 *
 * @example
 * const form = useFeedbackForm({ template, onSubmit });
 * <form onSubmit={form.onSubmit}>{form.model.status === 'ready' && …}</form>
 */
export interface FeedbackFormState {
  model: FeedbackFormModel;
  t: FeedbackTranslate;
  /** Joins the labels of a multiple-choice answer the locale's way ("Mentoring and Planning"). */
  formatList: (items: readonly string[]) => string;
  register: UseFormRegister<FormFieldValues>;
  fieldName: (index: number) => string;
  anonymity: AnonymityExplanation | null;
  anonymous: boolean;
  setAnonymous: (anonymous: boolean) => void;
  notice: DraftNotice | null;
  discardDraft: () => void;
  otherTab: boolean;
  online: boolean;
  submit: SubmitState;
  /** What was sent, after success (the form is then read-only). */
  sent: { answers: Record<string, FeedbackAnswer>; anonymous: boolean } | null;
  readOnly: boolean;
  onSubmit: (event?: { preventDefault(): void }) => void;
  retry: () => void;
  /** Put on the error summary: it receives focus after a failed submit. */
  summaryRef: (element: HTMLElement | null) => void;
  /** Moves focus to a question's field (the error summary's links). */
  focusQuestion: (questionId: string) => void;
}

function decode(errors: FieldErrors<FormFieldValues>, names: string[], ids: string[]) {
  const decoded: Record<string, FeedbackFieldError> = {};
  names.forEach((name, i) => {
    const message = errors[name]?.message;
    if (typeof message !== 'string' || message === '') return;
    try {
      decoded[ids[i]!] = JSON.parse(message) as FeedbackFieldError;
    } catch {
      decoded[ids[i]!] = { rule: 'server', message };
    }
  });
  return decoded;
}

/**
 * The feedback form's headless hook: react-hook-form state validated by core's `validateAnswer` (on submit, then on
 * blur), drafts saved locally at every change and restored on mount (newer of local and server), two-tab and offline
 * notices, an idempotent submit whose retries reuse one key, and server field errors mapped onto fields.
 *
 * @example
 * const form = useFeedbackForm({ template, subjectId: 'p-053', raterId: 'p-224', relationship: 'peer', onSubmit });
 */
export function useFeedbackForm(props: FeedbackFormControlledProps): FeedbackFormState {
  const { template, subjectId, raterId, relationship, onValueChange, onDraftChange } = props;
  const t = useMessages(FEEDBACK_FORM_MESSAGES) as FeedbackTranslate;
  const { date, list } = useFormatters();
  const idPrefix = `ns-ff${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const ids = useMemo(() => template.questions.map((q) => q.id), [template]);
  const names = useMemo(() => ids.map((_, i) => fieldName(i)), [ids]);

  const resolver = useCallback<Resolver<FormFieldValues>>(
    (values) => {
      const issues = validateFeedbackValues(template, fromFormValues(template, values));
      const errors: FieldErrors<FormFieldValues> = {};
      template.questions.forEach((q, i) => {
        const issue = issues[q.id];
        if (issue) errors[fieldName(i)] = { type: issue.rule, message: JSON.stringify(issue) };
      });
      return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
    },
    [template],
  );
  const controlledValues = useMemo(
    () => (props.value === undefined ? undefined : toFormValues(template, props.value)),
    [template, props.value],
  );
  const form = useForm<FormFieldValues>({
    defaultValues: toFormValues(template, props.value ?? props.defaultValue),
    ...(controlledValues ? { values: controlledValues } : {}),
    resetOptions: { keepErrors: true, keepIsSubmitted: true, keepSubmitCount: true, keepTouched: true },
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
    resolver,
    shouldFocusError: false,
  });
  const { register, control, handleSubmit, reset, setError, getValues, formState } = form;
  const watched = useWatch({ control }) as FormFieldValues;
  const answers = useMemo(() => fromFormValues(template, watched), [template, watched]);

  const [anonymous, setAnonymousState] = useState(false);
  const anonymousRef = useRef(false);
  const [notice, setNotice] = useState<DraftNotice | null>(null);
  const [otherTab, setOtherTab] = useState(false);
  const online = useOnlineStatus();
  const [submit, setSubmit] = useState<SubmitState>(SUBMIT_IDLE);
  const machine = useRef<SubmitState>(SUBMIT_IDLE);
  const validating = useRef(false);
  const [sent, setSent] = useState<FeedbackFormState['sent']>(null);
  const readOnly = props.readOnly === true || submit.status === 'succeeded';
  const storeRef = useRef<FeedbackDraftStore | null>(null);
  const tabsRef = useRef<DraftTabs | null>(null);
  const [tabId] = useState(createIdempotencyKey);
  const summaryElement = useRef<HTMLElement | null>(null);
  const [focusSummary, setFocusSummary] = useState(0);

  // Latest callbacks without re-subscribing effects on every render of the host.
  const latest = useRef({ onValueChange, onDraftChange, readOnly });
  useEffect(() => {
    latest.current = { onValueChange, onDraftChange, readOnly };
  });

  const persist = useCallback((next: Record<string, FeedbackAnswer>, anon: boolean, report = true) => {
    if (latest.current.readOnly) return;
    const submitKey = machine.current.key ?? undefined;
    storeRef.current?.save({
      answers: next,
      anonymous: anon,
      updatedAt: new Date().toISOString(),
      ...(submitKey === undefined ? {} : { submitKey }),
    });
    tabsRef.current?.announceEdit();
    if (report) latest.current.onDraftChange?.({ answers: next, anonymous: anon });
  }, []);

  // Restore on mount (or when the draft's identity changes): the newer of the local and the server draft.
  const storage = props.draftStorage;
  const serverDraft = props.serverDraft;
  // serverDraft is read once per draft identity: a later server copy must not clobber what the rater is typing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (subjectId === undefined || raterId === undefined || storage === null) return;
    const store = createFeedbackDraftStore({ storage, templateId: template.id, subjectId, raterId, tabId });
    storeRef.current = store;
    const loaded = store.load();
    if (loaded.status === 'discarded') setNotice({ kind: loaded.reason });
    const restored = pickNewerDraft(loaded.status === 'ok' ? loaded.draft : null, serverDraft ?? null);
    if (restored && !latest.current.readOnly) {
      const kept = keepValidAnswers(template, restored.answers);
      if (Object.keys(kept).length > 0 || restored.anonymous) {
        reset(toFormValues(template, kept));
        anonymousRef.current = restored.anonymous;
        setAnonymousState(restored.anonymous);
        setNotice({
          kind: 'restored',
          time: date(restored.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
        });
        if (restored.submitKey !== undefined) {
          machine.current = submitReducer(machine.current, { type: 'resume', key: restored.submitKey });
          setSubmit(machine.current);
        }
        latest.current.onValueChange?.(kept);
      }
    }
    const tabs = watchDraftTabs({ key: store.key, tabId, onOtherTab: () => setOtherTab(true) });
    tabsRef.current = tabs;
    return () => {
      tabs.close();
      tabsRef.current = null;
      storeRef.current = null;
    };
  }, [template, subjectId, raterId, storage, tabId, reset, date]);

  // Every change by the rater: save locally at once, tell other tabs, report upwards.
  useEffect(() => {
    const subscription = form.watch((values, info) => {
      if (info.name === undefined) return;
      const next = fromFormValues(template, values as FormFieldValues);
      latest.current.onValueChange?.(next);
      persist(next, anonymousRef.current);
    });
    return () => subscription.unsubscribe();
  }, [form, template, persist]);

  const setAnonymous = useCallback(
    (next: boolean) => {
      anonymousRef.current = next;
      setAnonymousState(next);
      persist(fromFormValues(template, getValues()), next);
    },
    [persist, template, getValues],
  );

  const discardDraft = useCallback(() => {
    storeRef.current?.remove();
    reset(toFormValues(template, undefined));
    anonymousRef.current = false;
    setAnonymousState(false);
    setNotice({ kind: 'discarded' });
    latest.current.onValueChange?.({});
    props.onDraftDiscard?.();
  }, [reset, template, props.onDraftDiscard]);

  const transition = useCallback((event: SubmitEvent) => {
    const next = submitReducer(machine.current, event);
    if (next === machine.current) return false;
    machine.current = next;
    setSubmit(next);
    return true;
  }, []);

  const onSubmitProp = props.onSubmit;
  const send = useCallback(
    async (values: FormFieldValues) => {
      if (!transition({ type: 'submit', newKey: createIdempotencyKey })) return;
      const key = machine.current.key!;
      const payload = { answers: fromFormValues(template, values), anonymous: anonymousRef.current };
      // The key goes into the local draft before the request, so a reload mid-flight retries with it.
      persist(payload.answers, payload.anonymous, false);
      try {
        await onSubmitProp?.({ ...payload, idempotencyKey: key });
        transition({ type: 'succeeded' });
        setSent(payload);
        // Only now: a confirmed submit is the one moment the draft has no more use.
        storeRef.current?.remove();
        setNotice(null);
      } catch (error) {
        const fields = fieldErrorsOf(error, template);
        if (fields) {
          for (const [id, message] of Object.entries(fields)) {
            const index = ids.indexOf(id);
            setError(fieldName(index), {
              type: 'server',
              message: JSON.stringify({ rule: 'server', message }),
            });
          }
          transition({ type: 'invalid' });
          setFocusSummary((n) => n + 1);
        } else {
          transition({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
        }
      }
    },
    [transition, template, onSubmitProp, setError, ids, persist],
  );
  const onSubmit = useCallback(
    (event?: { preventDefault(): void }) => {
      event?.preventDefault();
      // A second click while validating or sending, or after success, does nothing.
      if (
        validating.current ||
        machine.current.status === 'submitting' ||
        machine.current.status === 'succeeded'
      )
        return;
      validating.current = true;
      void handleSubmit(send, () => setFocusSummary((n) => n + 1))().finally(() => {
        validating.current = false;
      });
    },
    [handleSubmit, send],
  );

  useEffect(() => {
    if (focusSummary > 0) summaryElement.current?.focus();
  }, [focusSummary]);

  // formState.errors is a stable proxy; submitCount and the watched values change whenever its content may.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const errors = useMemo(
    () => ({ ...decode(formState.errors, names, ids), ...props.errors }),
    [formState.errors, formState.submitCount, watched, names, ids, props.errors],
  );
  const model = useMemo(
    () => resolveFeedbackForm({ template, values: answers, errors, idPrefix, t }),
    [template, answers, errors, idPrefix, t],
  );
  // One console warning per broken template, in core's English words (the view shows the translated sentence).
  useEffect(() => {
    if (model.status === 'invalid')
      warnOnce(`FeedbackForm:${model.detail}`, `[northstar] <FeedbackForm> ${model.detail}`);
  }, [model]);
  const anonymity = useMemo(
    () =>
      relationship === undefined || subjectId === undefined
        ? null
        : explainAnonymity({
            template,
            relationship,
            subjectId,
            requests: props.requests,
            groupSize: props.groupSize,
            t,
          }),
    [template, relationship, subjectId, props.requests, props.groupSize, t],
  );

  const focusQuestion = useCallback(
    (questionId: string) => {
      if (model.status !== 'ready') return;
      const question = model.questions.find((q) => q.id === questionId);
      if (!question) return;
      const root = document.getElementById(question.fieldId);
      // A radio group's tab stop is its checked radio; a checkbox group starts at its first checkbox.
      const target =
        root instanceof HTMLInputElement || root instanceof HTMLTextAreaElement
          ? root
          : ((question.multiple ? null : root?.querySelector<HTMLInputElement>('input:checked')) ??
            root?.querySelector<HTMLInputElement>('input'));
      target?.focus();
    },
    [model],
  );

  return {
    model,
    t,
    formatList: list,
    register,
    fieldName,
    anonymity,
    anonymous,
    setAnonymous,
    notice,
    discardDraft,
    otherTab,
    online,
    submit,
    sent,
    readOnly,
    onSubmit,
    retry: onSubmit,
    summaryRef: (element) => {
      summaryElement.current = element;
    },
    focusQuestion,
  };
}
