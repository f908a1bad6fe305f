import type { FeedbackRequest, FeedbackRequestInput } from '@northstar/core';
import { type ComponentPropsWithoutRef, forwardRef, useCallback } from 'react';
import { useAdapterCapabilities } from '../data/useAdapterCapabilities.js';
import { useFeedbackRequests } from '../data/useFeedbackRequests.js';
import { useFeedbackTemplate } from '../data/useFeedbackTemplate.js';
import { usePeople } from '../data/usePeople.js';
import { useRequestFeedback } from '../data/useRequestFeedback.js';
import { useMessages } from '../i18n/useMessages.js';
import { FeedbackRequestView } from './FeedbackRequestView.js';
import { FEEDBACK_REQUEST_MESSAGES } from './feedbackRequestMessages.js';
import type { FeedbackRaterChoice } from './resolveFeedbackRequest.js';
import { useFeedbackRequest } from './useFeedbackRequest.js';

/**
 * Props of the connected `<FeedbackRequest subjectId templateId />` (inside a NorthstarProvider whose adapter has
 * `people` and `feedback.request`).
 *
 * @example
 * <FeedbackRequest subjectId="p-053" templateId="h2-360" requestedBy="p-053" />
 */
export interface FeedbackRequestConnectedProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'defaultValue'> {
  subjectId: string;
  templateId: string;
  requestedBy?: string | undefined;
  dueOn?: string | undefined;
  maxShown?: number | undefined;
  value?: readonly FeedbackRaterChoice[] | undefined;
  defaultValue?: readonly FeedbackRaterChoice[] | undefined;
  onValueChange?: ((value: readonly FeedbackRaterChoice[]) => void) | undefined;
  /** Called with what the adapter stored (existing open requests are returned, not doubled). */
  onRequested?: ((requests: FeedbackRequest[]) => void) | undefined;
}

/**
 * The request picker over the provider's adapter: the directory (`people.list`), the template's threshold, the
 * subject's earlier requests (when the adapter lists them) and `feedback.request` with the picker's key; loading and
 * error states with Retry.
 *
 * @example
 * <FeedbackRequestConnected subjectId="p-053" templateId="h2-360" />
 */
export const FeedbackRequestConnected = forwardRef<HTMLElement, FeedbackRequestConnectedProps>(
  function FeedbackRequestConnected(props, ref) {
    const {
      subjectId,
      templateId,
      requestedBy,
      dueOn,
      maxShown,
      value,
      defaultValue,
      onValueChange,
      onRequested,
      className,
      ...rest
    } = props;
    const t = useMessages(FEEDBACK_REQUEST_MESSAGES);
    const capabilities = useAdapterCapabilities();
    const people = usePeople({});
    const template = useFeedbackTemplate(templateId);
    const canList = capabilities.feedback.methods.includes('listRequests');
    const requests = useFeedbackRequests({ subjectId, templateId }, { enabled: canList });
    const { send, canRequest } = useRequestFeedback();
    const onRequest = useCallback(
      async (inputs: FeedbackRequestInput[], options: { idempotencyKey: string }) => {
        // Awaited first: `onRequested?.(await …)` would skip the send when no callback is given.
        const stored = await send(inputs, options.idempotencyKey);
        onRequested?.(stored);
      },
      [send, onRequested],
    );
    const picker = useFeedbackRequest({
      subjectId,
      templateId,
      people: people.data ?? [],
      template: template.data,
      requests: requests.data,
      value,
      defaultValue,
      onValueChange,
      onRequest: canRequest ? onRequest : undefined,
      requestedBy,
      dueOn,
      maxShown,
    });
    const classes = ['ns-feedback-request', className].filter(Boolean).join(' ');
    const failed = people.status === 'error' ? people : template.status === 'error' ? template : null;
    if (failed) {
      return (
        <section ref={ref} {...rest} className={classes} data-state="error">
          <div className="ns-feedback-request-alert" role="alert">
            <p>{t('feedbackRequest.loadFailed')}</p>
            <button type="button" className="ns-feedback-request-retry" onClick={failed.refetch}>
              {t('feedbackRequest.retry')}
            </button>
          </div>
        </section>
      );
    }
    if (people.status === 'pending' || template.status === 'pending') {
      return (
        <section ref={ref} {...rest} className={classes} data-state="loading">
          <p role="status" className="ns-feedback-request-hint">
            {t('feedbackRequest.loading')}
          </p>
        </section>
      );
    }
    return <FeedbackRequestView ref={ref} picker={picker} className={className} {...rest} />;
  },
);
