import { NorthstarProvider } from '@northstar/react';
import { FeedbackSummary } from '@northstar/react/feedback-summary';
import { useId, useState } from 'react';
import { AskForFeedback } from '../components/AskForFeedback';
import { MyDrafts } from '../components/MyDrafts';
import { OpenRequests } from '../components/OpenRequests';
import { TEMPLATE_ID, usePeople } from '../data/portalQueries';
import { usePreferences } from '../prefs/PreferencesContext';
import { useSignedIn } from '../session/SessionContext';
import { usePageTitle } from './usePageTitle';

/** Feedback to give, my drafts, asking for feedback on myself, my own 360 summary and — for managers — each direct report's. */
export function FeedbackPage() {
  const { t } = usePreferences();
  const { person, role } = useSignedIn();
  usePageTitle(t('nav.feedback'));
  return (
    <>
      <h1>{t('feedback.title')}</h1>
      <div className="acme-grid">
        {/* What I owe others, in one column beside what I ask of them. */}
        <div className="acme-stack">
          <section className="acme-card" aria-labelledby="fb-requests">
            <h2 id="fb-requests">{t('feedback.requests')}</h2>
            <OpenRequests raterId={person.id} />
          </section>
          <section className="acme-card" aria-labelledby="fb-drafts">
            <h2 id="fb-drafts">{t('feedback.drafts')}</h2>
            <MyDrafts raterId={person.id} />
          </section>
        </div>
        <section className="acme-card acme-span-2 acme-ask" aria-label={t('feedback.ask')}>
          <AskForFeedback personId={person.id} />
        </section>
        <section className="acme-card acme-span-3" aria-labelledby="fb-mine">
          <h2 id="fb-mine">{t('feedback.mine')}</h2>
          <FeedbackSummary templateId={TEMPLATE_ID} subjectId={person.id} />
        </section>
        {role !== 'employee' && (
          <section className="acme-card acme-span-3" aria-labelledby="fb-reports">
            <h2 id="fb-reports">{t('feedback.reports')}</h2>
            <ReportsSummaries managerId={person.id} />
          </section>
        )}
      </div>
    </>
  );
}

function ReportsSummaries({ managerId }: { managerId: string }) {
  const { t } = usePreferences();
  const reports = usePeople({ managerId });
  const [chosen, setChosen] = useState('');
  const id = useId();
  const list = reports.data ?? [];
  const current = list.find((p) => p.id === chosen) ?? list[0];
  if (reports.isPending) return <p className="acme-loading">{t('common.loading')}</p>;
  if (list.length === 0) return <p>{t('feedback.noReports')}</p>;
  return (
    <>
      <label htmlFor={`${id}-report`}>{t('feedback.pickReport')}</label>{' '}
      <select id={`${id}-report`} value={current?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {current && (
        // A second summary on the page needs its own name: the widget's title message, overridden for this one.
        <NorthstarProvider
          className="acme-ns-nested"
          messages={{ 'feedbackSummary.title': t('feedback.reportTitle', { name: current.name }) }}
        >
          <FeedbackSummary key={current.id} templateId={TEMPLATE_ID} subjectId={current.id} />
        </NorthstarProvider>
      )}
    </>
  );
}
