import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { FeedbackFormPlaceholder } from '../components/FeedbackFormPlaceholder';
import { QueryState } from '../components/QueryState';
import { portalAdapter } from '../data/portalAdapter';
import { useFeedbackRequests, useFeedbackTemplate, usePeople } from '../data/portalQueries';
import { usePreferences } from '../prefs/PreferencesContext';
import { useSignedIn } from '../session/SessionContext';
import { usePageTitle } from './usePageTitle';

/** Give the feedback one request asks for: the template's form, the saved draft restored. */
export function GiveFeedbackPage() {
  const { requestId = '' } = useParams();
  const { person } = useSignedIn();
  const { t } = usePreferences();
  usePageTitle(t('give.title'));
  const requests = useFeedbackRequests({ raterId: person.id });
  const request = requests.data?.find((r) => r.id === requestId);
  const template = useFeedbackTemplate(request?.templateId ?? 'h2-360');
  const subject = usePeople({ ids: request ? [request.subjectId] : [] }, Boolean(request));
  const draft = useQuery({
    queryKey: ['portal', 'feedback', 'draft', requestId],
    queryFn: ({ signal }) =>
      portalAdapter.feedback.loadDraft(
        { templateId: request!.templateId, subjectId: request!.subjectId, raterId: person.id },
        { signal },
      ),
    enabled: Boolean(request),
    // A draft is read once per visit: refetching under a form being typed into would fight the user.
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
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
          ) : request.status !== 'open' ? (
            <>
              <h1>{t('give.heading', { name })}</h1>
              <p>{t('give.closed')}</p>
            </>
          ) : (
            <>
              <h1>{request.subjectId === person.id ? t('give.self') : t('give.heading', { name })}</h1>
              <p className="acme-muted">{t(`relationship.${request.relationship}`)}</p>
              <section className="acme-card">
                <QueryState query={template}>
                  {(tpl) => (
                    <QueryState query={draft}>
                      {(saved) => (
                        <FeedbackFormPlaceholder
                          request={request}
                          template={tpl}
                          subjectName={name}
                          serverDraft={saved}
                        />
                      )}
                    </QueryState>
                  )}
                </QueryState>
              </section>
            </>
          )
        }
      </QueryState>
    </>
  );
}
