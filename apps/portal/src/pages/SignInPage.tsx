import { type FormEvent, useId, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import demo from '../../demo/demo.json';
import { BRAND } from '../brand/brand';
import { PreferenceControls } from '../layout/PreferenceControls';
import { usePreferences } from '../prefs/PreferencesContext';
import { useSession } from '../session/SessionContext';
import type { PortalRole } from '../session/sessionApi';

/** Demo sign-in: pick one of the suggested seeded people (or type any seeded id, e.g. p-001). */
export function SignInPage() {
  const { t } = usePreferences();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [otherId, setOtherId] = useState('');
  const id = useId();
  const next = params.get('next')?.startsWith('/') ? params.get('next')! : '/';

  async function enter(personId: string) {
    setBusy(true);
    setError(null);
    try {
      await session.signIn(personId);
      navigate(next, { replace: true });
    } catch (e) {
      setError(t('signIn.failed', { id: personId, reason: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  function onOther(event: FormEvent) {
    event.preventDefault();
    if (otherId.trim()) void enter(otherId.trim());
  }

  return (
    <div className="acme-signin">
      <header className="acme-signin-header">
        <span className="acme-brand-name">
          <span className="acme-logo" aria-hidden="true">
            ◆
          </span>{' '}
          {BRAND.name}
        </span>
        <PreferenceControls />
      </header>
      <main id="main" className="acme-signin-main">
        <h1>{t('signIn.title')}</h1>
        <p>{t('signIn.intro', { company: BRAND.company })}</p>
        <ul className="acme-signin-people">
          {demo.signIns.map((p) => (
            <li key={p.personId}>
              <button
                type="button"
                className="acme-card acme-signin-person"
                disabled={busy}
                onClick={() => void enter(p.personId)}
              >
                <span className="acme-signin-name">{p.name}</span>
                <span className="acme-signin-title">{p.title}</span>
                <span className="acme-role" data-role={p.role}>
                  {t(`role.${p.role as PortalRole}`)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <form className="acme-signin-other" onSubmit={onOther}>
          <label htmlFor={`${id}-other`}>{t('signIn.other')}</label>
          <input
            id={`${id}-other`}
            value={otherId}
            onChange={(e) => setOtherId(e.target.value)}
            placeholder="p-001"
            autoComplete="off"
          />
          <button type="submit" className="acme-button" disabled={busy}>
            {t('signIn.submit')}
          </button>
        </form>
        {error && (
          <p role="alert" className="acme-error">
            {error}
          </p>
        )}
      </main>
    </div>
  );
}
