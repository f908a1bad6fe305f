import type { FeedbackResponse, FeedbackTemplate } from '@northstar/core';
import type { FeedbackAggregate } from '@northstar/core/feedback';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useFeedbackSummary } from '../data/useFeedbackSummary.js';
import { useFeedbackTemplate } from '../data/useFeedbackTemplate.js';
import { useMessages } from '../i18n/useMessages.js';
import { FeedbackSummaryView } from './FeedbackSummaryView.js';
import { FEEDBACK_SUMMARY_MESSAGES } from './feedbackSummaryMessages.js';
import {
  type FeedbackSummaryView as SummaryViewKind,
  useFeedbackSummaryModel,
} from './useFeedbackSummaryModel.js';

type SectionProps = Omit<ComponentPropsWithoutRef<'section'>, 'defaultValue'>;

interface ViewProps {
  view?: SummaryViewKind | undefined;
  defaultView?: SummaryViewKind | undefined;
  onViewChange?: ((view: SummaryViewKind) => void) | undefined;
}

/**
 * Props of `<FeedbackSummary>`: controlled with `responses` (or core's `aggregate`) + `template` + `subjectId`, or
 * connected with `subjectId` + `templateId` inside a NorthstarProvider whose adapter has `feedback`.
 *
 * @example
 * const props: FeedbackSummaryProps = { responses, template, subjectId: 'p-053' };
 */
export type FeedbackSummaryProps = SectionProps &
  ViewProps &
  (
    | {
        template: FeedbackTemplate;
        subjectId: string;
        responses?: readonly FeedbackResponse[] | undefined;
        aggregate?: FeedbackAggregate | undefined;
        templateId?: undefined;
      }
    | {
        templateId: string;
        subjectId: string;
        template?: undefined;
        responses?: undefined;
        aggregate?: undefined;
      }
  );

const Controlled = forwardRef<
  HTMLElement,
  SectionProps &
    ViewProps & {
      template: FeedbackTemplate;
      subjectId: string;
      responses?: readonly FeedbackResponse[] | undefined;
      aggregate?: FeedbackAggregate | undefined;
    }
>(function Controlled(
  { template, subjectId, responses, aggregate, view, defaultView, onViewChange, ...rest },
  ref,
) {
  const summary = useFeedbackSummaryModel({
    template,
    subjectId,
    responses,
    aggregate,
    view,
    defaultView,
    onViewChange,
  });
  return <FeedbackSummaryView ref={ref} summary={summary} {...rest} />;
});

const Connected = forwardRef<
  HTMLElement,
  SectionProps & ViewProps & { templateId: string; subjectId: string }
>(function Connected({ templateId, subjectId, ...rest }, ref) {
  const t = useMessages(FEEDBACK_SUMMARY_MESSAGES);
  const template = useFeedbackTemplate(templateId);
  const summary = useFeedbackSummary({ subjectId, templateId });
  const failed = template.status === 'error' ? template : summary.status === 'error' ? summary : null;
  if (failed) {
    return (
      <section className="ns-feedback-summary" data-state="error">
        <div role="alert" className="ns-feedback-summary-message">
          <p>{t('feedbackSummary.loadFailed')}</p>
          <p>{failed.error?.message}</p>
          <button type="button" onClick={failed.refetch}>
            {t('feedbackSummary.retry')}
          </button>
        </div>
      </section>
    );
  }
  if (!template.data || !summary.data) {
    return (
      <section className="ns-feedback-summary" data-state="loading">
        <p role="status">{t('feedbackSummary.loading')}</p>
      </section>
    );
  }
  return (
    <Controlled ref={ref} template={template.data} subjectId={subjectId} aggregate={summary.data} {...rest} />
  );
});

/**
 * The 360 summary of one person: per question and rater group the mean on the template's scale, counts and
 * distribution (only core's numbers), small groups withheld with the reason, self-versus-others gaps with blind spots
 * and hidden strengths, a chart (text alternative, mirrored in RTL) or table, CSV export, and comments that cannot
 * be attributed. Forwards `ref` to the root `<section>`; other props go on it.
 *
 * @example
 * <FeedbackSummary responses={responses} template={template} subjectId="p-053" />
 * <FeedbackSummary templateId="h2-360" subjectId="p-053" /> // inside a NorthstarProvider
 */
export const FeedbackSummary = forwardRef<HTMLElement, FeedbackSummaryProps>(
  function FeedbackSummary(props, ref) {
    if (props.template !== undefined) return <Controlled ref={ref} {...props} />;
    const { templateId, subjectId, responses: _r, aggregate: _a, template: _t, ...rest } = props;
    return <Connected ref={ref} templateId={templateId} subjectId={subjectId} {...rest} />;
  },
);
