import type { FeedbackAnswer, FeedbackResponse, Relationship } from '@northstar/core';
import { type ComponentPropsWithoutRef, forwardRef, useCallback, useEffect, useRef } from 'react';
import { useAdapterCapabilities } from '../data/useAdapterCapabilities.js';
import { useFeedbackDraft } from '../data/useFeedbackDraft.js';
import { useFeedbackRequests } from '../data/useFeedbackRequests.js';
import { useFeedbackTemplate } from '../data/useFeedbackTemplate.js';
import { useSaveDraft } from '../data/useSaveDraft.js';
import { useSubmitFeedback } from '../data/useSubmitFeedback.js';
import { useMessages } from '../i18n/useMessages.js';
import { FeedbackFormView } from './FeedbackFormView.js';
import type { DraftStorage } from './feedbackDraftStore.js';
import type { FeedbackSubmission } from './feedbackForm.types.js';
import { FEEDBACK_FORM_MESSAGES } from './feedbackFormMessages.js';
import { useFeedbackForm } from './useFeedbackForm.js';
import { useOnlineStatus } from './useOnlineStatus.js';

/**
 * Props of the connected `<FeedbackForm templateId subjectId raterId relationship />` (inside a NorthstarProvider
 * whose adapter has `feedback`).
 *
 * @example
 * <FeedbackForm templateId="h2-360" subjectId="p-053" raterId="p-224" relationship="direct-report" />
 */
export interface FeedbackFormConnectedProps
  extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'defaultValue'> {
  templateId: string;
  subjectId: string;
  raterId: string;
  relationship: Relationship;
  /** Where drafts are kept on this device; default `localStorage`; `null` keeps none. */
  draftStorage?: DraftStorage | null | undefined;
  /** Quiet time before a change is saved to the adapter's `saveDraft` (local saves are immediate). Default 800 ms. */
  draftDebounceMs?: number | undefined;
  /** Called with the stored response after a confirmed submit. */
  onSubmitted?: ((response: FeedbackResponse) => void) | undefined;
}

type PendingDraft = { answers: Record<string, FeedbackAnswer>; anonymous: boolean };

/**
 * The feedback form over the provider's adapter: template, requests (for the anonymity explanation) and server
 * draft loaded through the data hooks; changes saved to `saveDraft` debounced (held while offline, synced on
 * reconnect); submit through `useSubmitFeedback` with the form's attempt key; read-only without `submit`.
 *
 * @example
 * <FeedbackFormConnected templateId="h2-360" subjectId="p-053" raterId="p-224" relationship="peer" />
 */
export const FeedbackFormConnected = forwardRef<HTMLFormElement, FeedbackFormConnectedProps>(
  function FeedbackFormConnected(props, ref) {
    const {
      templateId,
      subjectId,
      raterId,
      relationship,
      draftStorage,
      draftDebounceMs,
      onSubmitted,
      ...rest
    } = props;
    const t = useMessages(FEEDBACK_FORM_MESSAGES);
    const methods = useAdapterCapabilities().feedback.methods;
    const template = useFeedbackTemplate(templateId);
    const requests = useFeedbackRequests(
      { subjectId, templateId },
      { enabled: methods.includes('listRequests') },
    );
    const canLoadDraft = methods.includes('loadDraft');
    const serverDraft = useFeedbackDraft(
      { templateId, subjectId, raterId },
      { enabled: canLoadDraft, retry: false },
    );
    const save = useSaveDraft();
    const submit = useSubmitFeedback();
    const online = useOnlineStatus();

    const pending = useRef<PendingDraft | null>(null);
    const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
    const done = useRef(false);
    const saveMutate = save.mutate;
    const flush = useCallback(() => {
      clearTimeout(timer.current);
      const draft = pending.current;
      if (!draft || done.current) return;
      // Offline, the draft waits (it is already on this device); the `online` effect below sends it.
      if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
      pending.current = null;
      saveMutate({ templateId, subjectId, raterId, relationship, ...draft });
    }, [saveMutate, templateId, subjectId, raterId, relationship]);
    const onDraftChange = useCallback(
      (draft: PendingDraft) => {
        if (!save.canSave || done.current) return;
        pending.current = draft;
        clearTimeout(timer.current);
        timer.current = setTimeout(flush, draftDebounceMs ?? 800);
      },
      [save.canSave, flush, draftDebounceMs],
    );
    useEffect(() => {
      if (online) flush();
    }, [online, flush]);
    useEffect(() => () => clearTimeout(timer.current), []);

    const submitAsync = submit.mutateAsync;
    const onSubmit = useCallback(
      async ({ answers, anonymous, idempotencyKey }: FeedbackSubmission) => {
        const response = await submitAsync({
          response: { templateId, subjectId, raterId, relationship, anonymous, answers },
          idempotencyKey,
        });
        // No draft save may land after the response: the server deleted its draft with the submit.
        done.current = true;
        clearTimeout(timer.current);
        pending.current = null;
        onSubmitted?.(response);
      },
      [submitAsync, templateId, subjectId, raterId, relationship, onSubmitted],
    );

    const waiting = template.status === 'pending' || (canLoadDraft && serverDraft.status === 'pending');
    if (template.status === 'error') {
      return (
        <div className="ns-feedback-form" data-state="error">
          <div role="alert" className="ns-feedback-form-alert">
            <p>{t('feedbackForm.loadFailed')}</p>
            <p>{template.error?.message}</p>
            <button type="button" className="ns-feedback-form-retry" onClick={template.refetch}>
              {t('feedbackForm.retry')}
            </button>
          </div>
        </div>
      );
    }
    if (waiting || !template.data) {
      return (
        <div className="ns-feedback-form" data-state="loading" role="status">
          {t('feedbackForm.loading')}
        </div>
      );
    }
    return (
      <ConnectedForm
        ref={ref}
        {...rest}
        template={template.data}
        subjectId={subjectId}
        raterId={raterId}
        relationship={relationship}
        requests={requests.data}
        serverDraft={serverDraft.data ?? null}
        draftStorage={draftStorage}
        onDraftChange={onDraftChange}
        onSubmit={onSubmit}
        readOnly={!submit.canSubmit}
      />
    );
  },
);

type ConnectedFormProps = Parameters<typeof useFeedbackForm>[0] &
  Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'defaultValue'>;

/** Mounted once the template and server draft are known, so the restore effect sees both. */
const ConnectedForm = forwardRef<HTMLFormElement, ConnectedFormProps>(function ConnectedForm(props, ref) {
  const {
    template,
    subjectId,
    raterId,
    relationship,
    requests,
    serverDraft,
    draftStorage,
    onDraftChange,
    onSubmit,
    readOnly,
    value: _value,
    defaultValue: _defaultValue,
    ...rest
  } = props;
  const form = useFeedbackForm({
    template,
    subjectId,
    raterId,
    relationship,
    requests,
    serverDraft,
    draftStorage,
    onDraftChange,
    onSubmit,
    readOnly,
  });
  return <FeedbackFormView ref={ref} form={form} {...rest} />;
});
