import type { FeedbackTemplate } from '@northstar/core';
import { TEMPLATE_ID, useFeedbackSummary, useFeedbackTemplate } from '../data/portalQueries';
import { usePreferences } from '../prefs/PreferencesContext';
import { QueryState } from './QueryState';

/**
 * The portal's placeholder 360 summary (until @northstar/react/feedback-summary is merged here): the server's
 * aggregate (core's aggregateFeedback, groups under the anonymity threshold withheld) as a table per question.
 */
export function FeedbackSummaryView({ subjectId, subjectName }: { subjectId: string; subjectName: string }) {
  const { t, locale } = usePreferences();
  const summary = useFeedbackSummary(subjectId);
  const template = useFeedbackTemplate(TEMPLATE_ID);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return (
    <QueryState query={summary}>
      {(aggregate) => {
        const subject = aggregate.subjects.find((s) => s.subjectId === subjectId);
        if (!subject || subject.responseCount === 0) return <p>{t('summary.none', { name: subjectName })}</p>;
        const prompts = promptsOf(template.data);
        const rating = subject.questions.filter((q) => q.kind === 'rating');
        return (
          <>
            <p>{t('summary.count', { count: subject.responseCount, name: subjectName })}</p>
            <table className="acme-table" data-testid={`summary-${subjectId}`}>
              <caption>{t('summary.caption', { name: subjectName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('summary.question')}</th>
                  <th scope="col">{t('summary.overall')}</th>
                  <th scope="col">{t('summary.groups')}</th>
                </tr>
              </thead>
              <tbody>
                {rating.map((q) => (
                  <tr key={q.questionId}>
                    <th scope="row">{prompts.get(q.questionId) ?? q.questionId}</th>
                    <td>{q.overall?.mean == null ? t('goals.noData') : number.format(q.overall.mean)}</td>
                    <td>
                      {q.groups
                        .filter((g) => g.mean !== null)
                        .map((g) =>
                          t('summary.group', {
                            group: t(`relationship.${g.group}` as never),
                            mean: number.format(g.mean!),
                            count: g.count,
                          }),
                        )
                        .join(' · ')}
                      {q.withheld.length > 0 && (
                        <span className="acme-muted">
                          {' '}
                          {t('summary.withheld', { count: q.withheld.length })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        );
      }}
    </QueryState>
  );
}

function promptsOf(template: FeedbackTemplate | undefined): Map<string, string> {
  return new Map((template?.questions ?? []).map((q) => [q.id, q.prompt ?? q.id]));
}
