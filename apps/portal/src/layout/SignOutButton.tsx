import { usePreferences } from '../prefs/PreferencesContext';
import { useSession } from '../session/SessionContext';

export function SignOutButton({ onSignedOut }: { onSignedOut: () => void }) {
  const { signOut } = useSession();
  const { t } = usePreferences();
  return (
    <button
      type="button"
      className="acme-button acme-button-quiet"
      onClick={() => {
        // Leave the signed-in pages first: otherwise the route guard sees the session end and remembers this page
        // as where the next person signing in should land.
        onSignedOut();
        void signOut();
      }}
    >
      {t('session.signOut')}
    </button>
  );
}
