import type { FeedbackSummaryState } from './useFeedbackSummaryModel.js';

/**
 * The summary as a table: per question and shown group the count, mean on the template's scale and distribution;
 * withheld groups in their own row with the reason.
 *
 * @example
 * <FeedbackSummaryTable summary={summary} />
 */
export function FeedbackSummaryTable({ summary }: { summary: FeedbackSummaryState }) {
  const { model, t } = summary;
  if (model.status !== 'ready') return null;
  return (
    <div className="ns-feedback-summary-table-wrap">
      <table className="ns-feedback-summary-table">
        <thead>
          <tr>
            <th scope="col">{t('feedbackSummary.column.question')}</th>
            <th scope="col">{t('feedbackSummary.column.group')}</th>
            <th scope="col">{t('feedbackSummary.column.count')}</th>
            <th scope="col">{t('feedbackSummary.column.mean')}</th>
            <th scope="col">{t('feedbackSummary.column.distribution')}</th>
          </tr>
        </thead>
        <tbody>
          {model.questions
            .filter((q) => q.kind !== 'text')
            .flatMap((q) => [
              ...q.groups.map((g, i) => (
                <tr key={`${q.id}-${g.group}`}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={q.groups.length + q.withheld.length}>
                      <bdi>{q.prompt}</bdi>
                    </th>
                  )}
                  <td>{g.label}</td>
                  <td>{g.countText}</td>
                  <td>{q.kind === 'rating' ? g.meanText : ''}</td>
                  <td>{g.distribution.map((d) => d.text).join(', ')}</td>
                </tr>
              )),
              ...q.withheld.map((w, i) => (
                <tr key={`${q.id}-${w.group}`} data-withheld="true">
                  {i === 0 && q.groups.length === 0 && (
                    <th scope="rowgroup" rowSpan={q.withheld.length}>
                      <bdi>{q.prompt}</bdi>
                    </th>
                  )}
                  <td>{w.label}</td>
                  <td colSpan={3}>{w.reason}</td>
                </tr>
              )),
            ])}
        </tbody>
      </table>
    </div>
  );
}
