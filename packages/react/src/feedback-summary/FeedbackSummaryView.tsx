import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { FeedbackSummaryChart } from './FeedbackSummaryChart.js';
import { FeedbackSummaryTable } from './FeedbackSummaryTable.js';
import type { FeedbackSummaryState } from './useFeedbackSummaryModel.js';

/**
 * Props of the summary's thin view: the headless hook's state plus any attribute for the root `<section>`.
 *
 * @example
 * <FeedbackSummaryView summary={useFeedbackSummaryModel(options)} />
 */
export interface FeedbackSummaryViewProps extends ComponentPropsWithoutRef<'section'> {
  summary: FeedbackSummaryState;
}

/**
 * The 360 summary's thin view: header with the chart/table toggle and CSV export, blind spots and hidden strengths,
 * competency gaps, the chart or table, withheld groups with their reason, and comments rendered as plain text.
 *
 * @example
 * <FeedbackSummaryView summary={summary} />
 */
export const FeedbackSummaryView = forwardRef<HTMLElement, FeedbackSummaryViewProps>(
  function FeedbackSummaryView({ summary, className, ...rest }, ref) {
    const { model, t, idPrefix } = summary;
    const classes = ['ns-feedback-summary', className].filter(Boolean).join(' ');
    const titleId = `${idPrefix}-title`;
    if (model.status !== 'ready') {
      return (
        <section ref={ref} {...rest} className={classes} data-state={model.status}>
          <h2 className="ns-feedback-summary-title" id={titleId}>
            {t('feedbackSummary.title', { degrees: 360 })}
          </h2>
          <p role={model.status === 'invalid' ? 'alert' : undefined} className="ns-feedback-summary-message">
            {model.message}
          </p>
        </section>
      );
    }
    const gapList = (items: typeof model.blindSpots, heading: string, kind: string) => (
      <div className="ns-feedback-summary-gaps" data-kind={kind}>
        <h3 className="ns-feedback-summary-subtitle">{heading}</h3>
        {items.length === 0 ? (
          <p>{t('feedbackSummary.noGaps')}</p>
        ) : (
          <ul>
            {items.map((q) => (
              <li key={q.id}>
                <bdi>{q.prompt}</bdi> — {q.gap?.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
    return (
      <section ref={ref} {...rest} className={classes} data-state="ready" data-view={summary.view}>
        <div className="ns-feedback-summary-head">
          <h2 className="ns-feedback-summary-title" id={titleId}>
            {t('feedbackSummary.title', { degrees: 360 })}
          </h2>
          <p className="ns-feedback-summary-count">{model.responseCountText}</p>
          <div className="ns-feedback-summary-actions">
            {/* biome-ignore lint/a11y/useSemanticElements: a toolbar-like pair of toggle buttons, not form fields */}
            <div role="group" aria-label={t('feedbackSummary.view')} className="ns-feedback-summary-toggle">
              {(['chart', 'table'] as const).map((view) => (
                <button
                  key={view}
                  type="button"
                  aria-pressed={summary.view === view}
                  onClick={() => summary.setView(view)}
                >
                  {t(`feedbackSummary.${view}`)}
                </button>
              ))}
            </div>
            <button type="button" className="ns-feedback-summary-export" onClick={summary.downloadCsv}>
              {t('feedbackSummary.exportCsv')}
            </button>
          </div>
        </div>
        <div className="ns-feedback-summary-highlights">
          {gapList(model.blindSpots, t('feedbackSummary.blindSpots'), 'blind-spot')}
          {gapList(model.hiddenStrengths, t('feedbackSummary.hiddenStrengths'), 'hidden-strength')}
        </div>
        {model.sections.length > 0 && (
          <div className="ns-feedback-summary-competencies">
            <h3 className="ns-feedback-summary-subtitle">{t('feedbackSummary.competencies')}</h3>
            <ul>
              {model.sections.map((s) => (
                <li key={s.section} data-kind={s.kind}>
                  <bdi>{s.section}</bdi> — {s.text}
                </li>
              ))}
            </ul>
          </div>
        )}
        {model.withheldNote && <p className="ns-feedback-summary-note">{model.withheldNote}</p>}
        <div className="ns-feedback-summary-chart-view" hidden={summary.view !== 'chart'}>
          <FeedbackSummaryChart summary={summary} />
        </div>
        <div className="ns-feedback-summary-table-view" hidden={summary.view !== 'table'}>
          <FeedbackSummaryTable summary={summary} />
        </div>
        {model.questions.map((q) => (
          <article
            key={q.id}
            className="ns-feedback-summary-question"
            data-kind={q.kind}
            data-multiple={q.multiple ? 'true' : undefined}
          >
            <h3 className="ns-feedback-summary-subtitle">
              <bdi>{q.prompt}</bdi>
            </h3>
            {q.gap && (
              <p className="ns-feedback-summary-gap" data-kind={q.gap.kind}>
                {q.gap.text}
              </p>
            )}
            {q.kind === 'choice' && (
              <ul className="ns-feedback-summary-choices">
                {q.groups.map((g) => (
                  <li key={g.group}>
                    {g.label}: {g.distribution.map((d) => d.text).join(', ')}
                  </li>
                ))}
              </ul>
            )}
            {q.withheld.length > 0 && (
              <ul className="ns-feedback-summary-withheld">
                {q.withheld.map((w) => (
                  <li key={w.group} data-group={w.group}>
                    {w.reason}
                  </li>
                ))}
              </ul>
            )}
            {q.kind === 'text' && (
              <div className="ns-feedback-summary-comments">
                <p className="ns-feedback-summary-note">{t('feedbackSummary.commentsNote')}</p>
                {q.comments.length === 0 && <p>{t('feedbackSummary.noComments')}</p>}
                {q.comments.map((c) => (
                  <div key={c.group}>
                    <h4 className="ns-feedback-summary-group">{c.label}</h4>
                    <ul>
                      {c.comments.map((comment, i) => (
                        // Comments are sorted by core; the index is the only stable key and says nothing about raters.
                        // biome-ignore lint/suspicious/noArrayIndexKey: see above
                        <li key={i}>
                          <bdi>{comment}</bdi>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            )}
          </article>
        ))}
      </section>
    );
  },
);
