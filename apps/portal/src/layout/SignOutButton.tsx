import { usePreferences } from '../prefs/PreferencesContext';
import { useSession } from '../session/SessionContext';

export function SignOutButton({ onSignedOut }: { onSignedOut: () => void }) {
  const { signOut } = useSession();
  const { t } = usePreferences();
  return (
    <button
      type="button"
      className="acme-button acme-button-quiet"
      onClick={() => signOut().then(onSignedOut)}
    >
      {t('session.signOut')}
    </button>
  );
}
