import { FeedbackForm } from '@northstar/react/feedback-form';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { QueryState } from '../components/QueryState';
import { useFeedbackRequests, usePeople } from '../data/portalQueries';
import { usePreferences } from '../prefs/PreferencesContext';
import { useSignedIn } from '../session/SessionContext';
import { usePageTitle } from './usePageTitle';

/**
 * Give the feedback one request asks for: the connected feedback form widget (template, server and local drafts,
 * idempotent submit) for the request's subject and relationship.
 */
export function GiveFeedbackPage() {
  const { requestId = '' } = useParams();
  const { person } = useSignedIn();
  const { t } = usePreferences();
  usePageTitle(t('give.title'));
  const queryClient = useQueryClient();
  const requests = useFeedbackRequests({ raterId: person.id });
  const request = requests.data?.find((r) => r.id === requestId);
  const subject = usePeople({ ids: request ? [request.subjectId] : [] }, Boolean(request));
  const name = subject.data?.[0]?.name ?? request?.subjectId ?? '';

  return (
    <>
      <p>
        <Link to="/feedback">{t('give.back')}</Link>
      </p>
      <QueryState query={requests}>
        {() =>
          !request ? (
            <>
              <h1>{t('give.title')}</h1>
              <p role="alert">{t('give.unknown', { id: requestId })}</p>
            </>
          ) : (
            <>
              <h1>{request.subjectId === person.id ? t('give.self') : t('give.heading', { name })}</h1>
              <p className="acme-muted">{t(`relationship.${request.relationship}`)}</p>
              <section className="acme-card" aria-label={t('give.title')}>
                <FeedbackForm
                  templateId={request.templateId}
                  subjectId={request.subjectId}
                  raterId={person.id}
                  relationship={request.relationship}
                  onSubmitted={() =>
                    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey.includes('feedback') })
                  }
                />
              </section>
            </>
          )
        }
      </QueryState>
    </>
  );
}
