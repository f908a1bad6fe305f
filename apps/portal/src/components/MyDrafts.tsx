import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { portalAdapter } from '../data/portalAdapter';
import { useFeedbackRequests, usePeople } from '../data/portalQueries';
import { usePreferences } from '../prefs/PreferencesContext';

/** Drafts saved on the server for the viewer's open requests (the API looks drafts up by request key). */
export function MyDrafts({ raterId }: { raterId: string }) {
  const { t, locale } = usePreferences();
  const requests = useFeedbackRequests({ raterId, status: 'open' });
  const open = requests.data ?? [];
  const drafts = useQuery({
    queryKey: ['portal', 'feedback', 'drafts', raterId, open.map((r) => r.id).join(',')],
    queryFn: async ({ signal }) => {
      const found = await Promise.all(
        open.map(async (r) => {
          const draft = await portalAdapter.feedback.loadDraft(
            { templateId: r.templateId, subjectId: r.subjectId, raterId },
            { signal },
          );
          return draft ? { request: r, draft } : null;
        }),
      );
      return found.filter((x) => x !== null);
    },
    enabled: requests.isSuccess,
  });
  const ids = (drafts.data ?? []).map((d) => d.request.subjectId);
  const people = usePeople({ ids }, ids.length > 0);
  const names = new Map((people.data ?? []).map((p) => [p.id, p.name]));
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  if (requests.isPending || drafts.isPending) return <p className="acme-loading">{t('common.loading')}</p>;
  if (!drafts.data || drafts.data.length === 0) return <p>{t('drafts.none')}</p>;
  return (
    <ul className="acme-list" aria-label={t('feedback.drafts')}>
      {drafts.data.map(({ request, draft }) => (
        <li key={draft.id}>
          <Link to={`/feedback/give/${encodeURIComponent(request.id)}`}>
            {t('drafts.item', { name: names.get(request.subjectId) ?? request.subjectId })}
          </Link>
          <span className="acme-muted">
            {t('drafts.saved', { time: time.format(new Date(draft.updatedAt)) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
