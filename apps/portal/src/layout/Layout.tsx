import { useCallback, useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { BRAND } from '../brand/brand';
import type { PortalMessageKey } from '../i18n/portalMessages';
import { useLiveUpdates } from '../live/useLiveUpdates';
import { usePreferences } from '../prefs/PreferencesContext';
import { useSignedIn } from '../session/SessionContext';
import { PreferenceControls } from './PreferenceControls';
import { SignOutButton } from './SignOutButton';

const NAV: { to: string; label: PortalMessageKey }[] = [
  { to: '/', label: 'nav.home' },
  { to: '/goals', label: 'nav.goals' },
  { to: '/kpis', label: 'nav.kpis' },
  { to: '/feedback', label: 'nav.feedback' },
  { to: '/talent', label: 'nav.talent' },
  { to: '/developer', label: 'nav.developer' },
];

/** The host's chrome: brand, navigation, who is signed in (with their role), preferences, live-update notices. */
export function Layout() {
  const { person, role } = useSignedIn();
  const { t } = usePreferences();
  const navigate = useNavigate();
  const [notice, setNotice] = useState('');
  const onChange = useCallback(
    (change: { type: string }) => setNotice(t('live.updated', { domain: change.type })),
    [t],
  );
  useLiveUpdates(true, onChange);

  return (
    <div className="acme-shell">
      <a className="acme-skip" href="#main">
        {t('nav.skip')}
      </a>
      <header className="acme-header">
        <div className="acme-brand">
          <span className="acme-logo" aria-hidden="true">
            ◆
          </span>
          <span className="acme-brand-name">{BRAND.name}</span>
        </div>
        <div className="acme-user" data-testid="current-user">
          <span className="acme-user-name">{person.name}</span>
          <span className="acme-role" data-role={role}>
            {t(`role.${role}`)}
          </span>
          <SignOutButton onSignedOut={() => navigate('/sign-in')} />
        </div>
        <PreferenceControls />
      </header>
      <nav className="acme-nav" aria-label={t('nav.label')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'}>
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="acme-main" tabIndex={-1}>
        <Outlet />
      </main>
      <p className="acme-live" role="status" aria-live="polite">
        {notice}
      </p>
      <footer className="acme-footer">{t('footer.text', { company: BRAND.company })}</footer>
    </div>
  );
}
