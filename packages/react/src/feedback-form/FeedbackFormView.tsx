import type { FeedbackAnswer } from '@northstar/core';
import { NOT_APPLICABLE } from '@northstar/core/feedback';
import { type ComponentPropsWithoutRef, forwardRef, type MouseEvent } from 'react';
import { FeedbackQuestionField } from './FeedbackQuestionField.js';
import type { FeedbackFormState } from './useFeedbackForm.js';

/**
 * Props of the feedback form's view: the headless hook's state plus any attribute for the root `<form>`.
 *
 * @example
 * <FeedbackFormView form={useFeedbackForm(props)} className="review" />
 */
export interface FeedbackFormViewProps
  extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'defaultValue'> {
  form: FeedbackFormState;
}

function answerText(answer: FeedbackAnswer | undefined, form: FeedbackFormState): string {
  const { t } = form;
  if (answer === null || answer === undefined) return t('feedbackForm.noAnswer');
  if (answer === NOT_APPLICABLE) return t('feedbackForm.notApplicable');
  if (Array.isArray(answer))
    return answer.length === 0 ? t('feedbackForm.noAnswer') : form.formatList(answer);
  return String(answer);
}

/**
 * The feedback form's thin view: notices, error summary, anonymity choice, sections of questions, the submit button
 * with its busy and failure states, and the confirmation — all from `useFeedbackForm`.
 *
 * @example
 * <FeedbackFormView form={form} />
 */
export const FeedbackFormView = forwardRef<HTMLFormElement, FeedbackFormViewProps>(function FeedbackFormView(
  { form, className, ...rest },
  ref,
) {
  const { model, t, submit } = form;
  if (model.status === 'invalid') {
    return (
      <div className={['ns-feedback-form', className].filter(Boolean).join(' ')} data-state="invalid">
        <p role="alert" className="ns-feedback-form-alert">
          {model.message}
        </p>
      </div>
    );
  }
  const busy = submit.status === 'submitting';
  const state = form.readOnly ? (submit.status === 'succeeded' ? 'submitted' : 'read-only') : submit.status;
  const titleId = `${model.questions[0]?.fieldId ?? 'ns-ff'}-title`;
  const onLink = (questionId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    form.focusQuestion(questionId);
  };
  return (
    <form
      ref={ref}
      {...rest}
      className={['ns-feedback-form', className].filter(Boolean).join(' ')}
      data-state={state}
      noValidate
      aria-busy={busy || undefined}
      onSubmit={form.onSubmit}
    >
      {model.title && (
        <h2 className="ns-feedback-form-title" id={titleId}>
          <bdi>{model.title}</bdi>
        </h2>
      )}
      <p className="ns-feedback-form-progress" aria-live="polite">
        {model.progress.text}
      </p>
      <div className="ns-feedback-form-notices" role="status">
        {!form.online && (
          <p className="ns-feedback-form-notice" data-tone="warning">
            {t('feedbackForm.offline')}
          </p>
        )}
        {form.otherTab && !form.readOnly && (
          <p className="ns-feedback-form-notice" data-tone="warning">
            {t('feedbackForm.otherTab')}
          </p>
        )}
        {form.notice?.kind === 'restored' && !form.readOnly && (
          <p className="ns-feedback-form-notice">
            {t('feedbackForm.draftRestored', { time: form.notice.time })}{' '}
            <button type="button" className="ns-feedback-form-link-button" onClick={form.discardDraft}>
              {t('feedbackForm.draftDiscard')}
            </button>
          </p>
        )}
        {form.notice?.kind === 'discarded' && (
          <p className="ns-feedback-form-notice">{t('feedbackForm.draftDiscarded')}</p>
        )}
        {form.notice?.kind === 'corrupt' && (
          <p className="ns-feedback-form-notice">{t('feedbackForm.draftCorrupt')}</p>
        )}
        {form.notice?.kind === 'outdated' && (
          <p className="ns-feedback-form-notice">{t('feedbackForm.draftOutdated')}</p>
        )}
      </div>
      {model.errorSummary && !form.readOnly && (
        <div className="ns-feedback-form-summary" role="alert" tabIndex={-1} ref={form.summaryRef}>
          <h3 className="ns-feedback-form-summary-title">{model.errorSummary.title}</h3>
          <ul>
            {model.errorSummary.items.map((item) => (
              <li key={item.questionId}>
                <a href={item.href} onClick={onLink(item.questionId)}>
                  {item.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {form.anonymity && (
        <div className="ns-feedback-form-anonymity" data-tone={form.anonymity.tone}>
          {form.anonymity.offered && (
            <label className="ns-feedback-form-anonymous">
              <input
                type="checkbox"
                checked={form.anonymous}
                disabled={form.readOnly}
                aria-describedby={`${titleId}-anon`}
                onChange={(event) => form.setAnonymous(event.currentTarget.checked)}
              />{' '}
              {t('feedbackForm.anonymous')}
            </label>
          )}
          <p className="ns-feedback-form-anonymity-text" id={`${titleId}-anon`}>
            {form.anonymity.message}
          </p>
        </div>
      )}
      <fieldset className="ns-feedback-form-body" disabled={form.readOnly}>
        {model.sections.map((section) => (
          // A fieldset, not a <section>: two forms on one page must not add look-alike landmarks.
          <fieldset key={section.id} className="ns-feedback-form-section">
            {section.title && (
              <legend className="ns-feedback-form-section-head">
                <span className="ns-feedback-form-section-title">
                  <bdi>{section.title}</bdi>
                </span>{' '}
                <span className="ns-feedback-form-section-progress">{section.progressText}</span>
              </legend>
            )}
            {section.questions.map((question) => (
              <FeedbackQuestionField
                key={question.id}
                question={question}
                name={form.fieldName(question.index)}
                register={form.register}
              />
            ))}
          </fieldset>
        ))}
      </fieldset>
      {submit.status === 'failed' && (
        <div className="ns-feedback-form-alert" role="alert">
          <p>{t('feedbackForm.submitFailed')}</p>
          <button type="button" className="ns-feedback-form-retry" onClick={() => form.retry()}>
            {t('feedbackForm.retry')}
          </button>
        </div>
      )}
      {form.sent ? (
        <div className="ns-feedback-form-confirmation" role="status">
          <p>{t(form.sent.anonymous ? 'feedbackForm.submittedAnonymous' : 'feedbackForm.submitted')}</p>
          <h3 className="ns-feedback-form-section-title">{t('feedbackForm.sentAnswers')}</h3>
          <dl className="ns-feedback-form-sent">
            {model.questions.map((q) => (
              <div key={q.id}>
                <dt>
                  <bdi>{q.prompt}</bdi>
                </dt>
                <dd>
                  <bdi>{answerText(form.sent?.answers[q.id], form)}</bdi>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : (
        !form.readOnly && (
          <button
            type="submit"
            className="ns-feedback-form-submit"
            aria-disabled={busy || undefined}
            data-state={busy ? 'busy' : 'idle'}
          >
            {busy ? t('feedbackForm.submitting') : t('feedbackForm.submit')}
          </button>
        )
      )}
    </form>
  );
});
