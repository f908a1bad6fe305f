import type { Relationship } from '@northstar/core';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { REQUEST_RELATIONSHIPS } from './resolveFeedbackRequest.js';
import type { FeedbackRequestState } from './useFeedbackRequest.js';

/**
 * Props of the request picker's view: the headless hook's state plus any attribute for the root `<section>`.
 *
 * @example
 * <FeedbackRequestView picker={useFeedbackRequest(props)} className="sidebar" />
 */
export interface FeedbackRequestViewProps extends ComponentPropsWithoutRef<'section'> {
  picker: FeedbackRequestState;
}

/**
 * The request picker's thin view: a search over the directory with a checkbox per person, the chosen raters with a
 * relationship select and a remove button, the live anonymity check per group, and the send button with its busy,
 * failure (Retry) and success states.
 *
 * @example
 * <FeedbackRequestView picker={picker} />
 */
export const FeedbackRequestView = forwardRef<HTMLElement, FeedbackRequestViewProps>(
  function FeedbackRequestView({ picker, className, ...rest }, ref) {
    const { model, t, idPrefix, status } = picker;
    const busy = status === 'submitting';
    const titleId = `${idPrefix}-title`;
    const searchId = `${idPrefix}-search`;
    const listId = `${idPrefix}-list`;
    // No accessible name on the root: two pickers on a page must not add look-alike region landmarks (a host can
    // pass aria-label through the props).
    return (
      <section
        ref={ref}
        {...rest}
        className={['ns-feedback-request', className].filter(Boolean).join(' ')}
        aria-busy={busy || undefined}
        data-state={status}
      >
        <h2 className="ns-feedback-request-title" id={titleId}>
          {t('feedbackRequest.title')}
        </h2>
        {model.subjectName && (
          <p className="ns-feedback-request-subject">
            {t('feedbackRequest.subject', { name: model.subjectName })}
          </p>
        )}
        <div className="ns-feedback-request-done" role="status">
          {status === 'succeeded' && (
            <>
              <p>{t('feedbackRequest.sent', { count: picker.sentNames.length })}</p>
              <ul className="ns-feedback-request-sent">
                {picker.sentNames.map((name, i) => (
                  // Names may repeat (two people called Sam); the order is the sender's own.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <li key={i}>
                    <bdi>{name}</bdi>
                  </li>
                ))}
              </ul>
              <button type="button" className="ns-feedback-request-again" onClick={picker.reset}>
                {t('feedbackRequest.again')}
              </button>
            </>
          )}
        </div>
        {status !== 'succeeded' && (
          <>
            <div className="ns-feedback-request-search">
              <label className="ns-feedback-request-label" htmlFor={searchId}>
                {t('feedbackRequest.search')}
              </label>
              <input
                id={searchId}
                className="ns-feedback-request-input"
                type="search"
                value={picker.search}
                aria-controls={listId}
                aria-describedby={`${searchId}-hint`}
                onChange={(event) => picker.setSearch(event.currentTarget.value)}
              />
              <p className="ns-feedback-request-hint" id={`${searchId}-hint`}>
                {t('feedbackRequest.searchHint')}
              </p>
              <p className="ns-feedback-request-results" aria-live="polite">
                {model.resultText}
              </p>
            </div>
            <fieldset className="ns-feedback-request-people" disabled={busy}>
              <legend className="ns-feedback-request-legend">{t('feedbackRequest.people')}</legend>
              <ul className="ns-feedback-request-list" id={listId}>
                {model.candidates.map((c) => (
                  <li
                    key={c.personId}
                    className="ns-feedback-request-person"
                    data-checked={c.checked || undefined}
                  >
                    <input
                      type="checkbox"
                      id={c.checkboxId}
                      checked={c.checked}
                      aria-describedby={c.detailId ?? undefined}
                      onChange={() => picker.toggle(c.personId)}
                    />
                    <label htmlFor={c.checkboxId} className="ns-feedback-request-name">
                      <bdi>{c.name}</bdi>
                    </label>
                    {c.detail && (
                      <span className="ns-feedback-request-detail" id={c.detailId ?? undefined}>
                        <bdi>{c.detail}</bdi>
                      </span>
                    )}
                    {c.alreadyAsked && (
                      <span className="ns-feedback-request-badge">{t('feedbackRequest.alreadyAsked')}</span>
                    )}
                  </li>
                ))}
              </ul>
              {model.moreText && <p className="ns-feedback-request-hint">{model.moreText}</p>}
            </fieldset>
            <div className="ns-feedback-request-chosen">
              <h3 className="ns-feedback-request-subtitle">{t('feedbackRequest.chosen')}</h3>
              {model.chosen.length === 0 ? (
                <p className="ns-feedback-request-hint">{t('feedbackRequest.noneChosen')}</p>
              ) : (
                <ul className="ns-feedback-request-choices">
                  {model.chosen.map((c) => (
                    <li key={c.raterId} className="ns-feedback-request-choice">
                      <span className="ns-feedback-request-name">
                        <bdi>{c.name}</bdi>
                      </span>
                      <select
                        id={c.selectId}
                        className="ns-feedback-request-select"
                        aria-label={c.selectLabel}
                        value={c.relationship}
                        disabled={busy}
                        onChange={(event) =>
                          picker.setRelationship(c.raterId, event.currentTarget.value as Relationship)
                        }
                      >
                        {REQUEST_RELATIONSHIPS.map((r) => (
                          <option key={r} value={r}>
                            {t(`feedbackRequest.relationship.${r}`)}
                          </option>
                        ))}
                      </select>
                      <button
                        type="button"
                        className="ns-feedback-request-remove"
                        disabled={busy}
                        onClick={() => picker.remove(c.raterId)}
                      >
                        {c.removeLabel}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div className="ns-feedback-request-groups">
              <h3 className="ns-feedback-request-subtitle">{t('feedbackRequest.groups')}</h3>
              {model.groups.length === 0 && (
                <p className="ns-feedback-request-hint">{t('feedbackRequest.groupsHint')}</p>
              )}
              <ul aria-live="polite">
                {model.groups.map((g) => (
                  <li key={g.relationship} data-tone={g.tone} data-relationship={g.relationship}>
                    {g.text}
                  </li>
                ))}
              </ul>
            </div>
            {status === 'failed' && (
              <div className="ns-feedback-request-alert" role="alert">
                <p>{t('feedbackRequest.failed')}</p>
                <button type="button" className="ns-feedback-request-retry" onClick={picker.retry}>
                  {t('feedbackRequest.retry')}
                </button>
              </div>
            )}
            {picker.canRequest ? (
              <button
                type="button"
                className="ns-feedback-request-send"
                aria-disabled={busy || !model.canSend || undefined}
                data-state={busy ? 'busy' : 'idle'}
                onClick={picker.send}
              >
                {busy ? t('feedbackRequest.sending') : model.sendLabel}
              </button>
            ) : (
              <p className="ns-feedback-request-hint">{t('feedbackRequest.cannotSend')}</p>
            )}
          </>
        )}
      </section>
    );
  },
);
