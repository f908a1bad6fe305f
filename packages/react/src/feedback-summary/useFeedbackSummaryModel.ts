import type { FeedbackResponse, FeedbackTemplate } from '@northstar/core';
import {
  aggregateFeedback,
  type FeedbackAggregate,
  validateFeedbackTemplate,
} from '@northstar/core/feedback';
import { useCallback, useEffect, useId, useMemo } from 'react';
import { describeFeedbackError } from '../feedback-form/describeFeedbackError.js';
import type { FeedbackTranslate } from '../feedback-form/feedbackTranslate.types.js';
import { useFormatters } from '../i18n/useFormatters.js';
import { useMessages } from '../i18n/useMessages.js';
import { useControllableState } from '../internal/useControllableState.js';
import { warnOnce } from '../internal/warnOnce.js';
import { useNorthstar } from '../provider/useNorthstar.js';
import { feedbackSummaryCsv } from './feedbackSummaryCsv.js';
import { FEEDBACK_SUMMARY_MESSAGES } from './feedbackSummaryMessages.js';
import { type FeedbackSummaryModel, resolveFeedbackSummary } from './resolveFeedbackSummary.js';
import { type SummaryChartGeometry, summaryChartGeometry } from './summaryChartGeometry.js';

/**
 * How the summary shows ratings: the chart or the table.
 *
 * @example
 * const view: FeedbackSummaryView = 'table';
 */
export type FeedbackSummaryView = 'chart' | 'table';

/**
 * Options of `useFeedbackSummaryModel`: raw `responses` (aggregated here) or a ready `aggregate` (from
 * `feedback.summarize`), the template and the subject; the view is controllable.
 *
 * @example
 * const options: FeedbackSummaryOptions = { responses, template, subjectId: 'p-053' };
 */
export interface FeedbackSummaryOptions {
  template: FeedbackTemplate;
  subjectId: string;
  responses?: readonly FeedbackResponse[] | undefined;
  aggregate?: FeedbackAggregate | undefined;
  view?: FeedbackSummaryView | undefined;
  defaultView?: FeedbackSummaryView | undefined;
  onViewChange?: ((view: FeedbackSummaryView) => void) | undefined;
}

/**
 * What `useFeedbackSummaryModel` returns: the view model, chart geometry, the view toggle and CSV export.
 *
 * @example
 * const { model, chart, view, setView, downloadCsv } = useFeedbackSummaryModel({ responses, template, subjectId });
 */
export interface FeedbackSummaryState {
  model: FeedbackSummaryModel;
  chart: SummaryChartGeometry;
  t: FeedbackTranslate;
  idPrefix: string;
  view: FeedbackSummaryView;
  setView: (view: FeedbackSummaryView) => void;
  /** The summary as formula-safe CSV text. */
  csv: () => string;
  /** Saves the CSV through a download link (browser only). */
  downloadCsv: () => void;
}

/**
 * The 360 summary's headless hook: aggregates with core (or takes core's aggregate), resolves the view model in the
 * provider's locale, lays out the chart (mirrored in RTL) and exports CSV; bad input becomes an `invalid` model
 * naming the problem, with one console warning.
 *
 * @example
 * const summary = useFeedbackSummaryModel({ responses, template, subjectId: 'p-053' });
 */
export function useFeedbackSummaryModel(options: FeedbackSummaryOptions): FeedbackSummaryState {
  const { template, subjectId, responses, aggregate } = options;
  const t = useMessages(FEEDBACK_SUMMARY_MESSAGES) as FeedbackTranslate;
  const { number } = useFormatters();
  const { direction } = useNorthstar();
  const idPrefix = `ns-fs${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [view, setView] = useControllableState<FeedbackSummaryView>({
    value: options.view,
    defaultValue: options.defaultView ?? 'chart',
    onChange: options.onViewChange,
    name: 'FeedbackSummary.view',
  });
  const model = useMemo<FeedbackSummaryModel>(() => {
    // The template first, so an error says whether the template or a response is at fault.
    let context: 'template' | 'responses' = 'template';
    try {
      validateFeedbackTemplate(template);
      context = 'responses';
      const data = aggregate ?? aggregateFeedback(responses ?? [], template);
      return resolveFeedbackSummary({ aggregate: data, template, subjectId, t, format: number });
    } catch (error) {
      // Core's message is English: the view shows the catalogue's, naming the same question.
      const described = describeFeedbackError(error, context, template, t);
      return {
        status: 'invalid',
        message: t('feedbackSummary.invalid', { message: described.message }),
        questionId: described.questionId,
        detail: error instanceof Error ? error.message : String(error),
      };
    }
  }, [aggregate, responses, template, subjectId, t, number]);
  useEffect(() => {
    if (model.status === 'invalid')
      warnOnce(`FeedbackSummary:${model.detail}`, `[northstar] <FeedbackSummary> ${model.detail}`);
  }, [model]);
  const chart = useMemo(() => summaryChartGeometry(model, { rtl: direction === 'rtl' }), [model, direction]);
  const csv = useCallback(() => feedbackSummaryCsv(model, t), [model, t]);
  const downloadCsv = useCallback(() => {
    // A BOM makes spreadsheet apps read the file as UTF-8 (names with accents, Arabic, Japanese).
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv()], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `feedback-${subjectId}-${template.id}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }, [csv, subjectId, template.id]);
  return { model, chart, t, idPrefix, view, setView, csv, downloadCsv };
}
