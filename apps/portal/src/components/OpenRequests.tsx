import { Link } from 'react-router';
import { useFeedbackRequests, usePeople } from '../data/portalQueries';
import { usePreferences } from '../prefs/PreferencesContext';
import { QueryState } from './QueryState';

/** Feedback the viewer has been asked to give, each linking to the form. */
export function OpenRequests({ raterId }: { raterId: string }) {
  const { t, locale } = usePreferences();
  const requests = useFeedbackRequests({ raterId, status: 'open' });
  const subjectIds = [...new Set((requests.data ?? []).map((r) => r.subjectId))];
  const people = usePeople({ ids: subjectIds }, subjectIds.length > 0);
  const names = new Map((people.data ?? []).map((p) => [p.id, p.name]));
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <QueryState query={requests}>
      {(list) =>
        list.length === 0 ? (
          <p>{t('requests.none')}</p>
        ) : (
          <ul className="acme-list" aria-label={t('requests.label')}>
            {list.map((r) => (
              <li key={r.id}>
                <Link to={`/feedback/give/${encodeURIComponent(r.id)}`}>
                  {r.subjectId === raterId
                    ? t('requests.self')
                    : t('requests.item', { name: names.get(r.subjectId) ?? r.subjectId })}
                </Link>
                <span className="acme-muted">
                  {t(`relationship.${r.relationship}`)}
                  {r.dueOn ? ` · ${t('requests.due', { date: date.format(new Date(r.dueOn)) })}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )
      }
    </QueryState>
  );
}
