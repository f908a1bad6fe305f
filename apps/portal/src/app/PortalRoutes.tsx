import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Layout } from '../layout/Layout';
import { DeveloperPage } from '../pages/DeveloperPage';
import { FeedbackPage } from '../pages/FeedbackPage';
import { GiveFeedbackPage } from '../pages/GiveFeedbackPage';
import { GoalsPage } from '../pages/GoalsPage';
import { HomePage } from '../pages/HomePage';
import { KpisPage } from '../pages/KpisPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SignInPage } from '../pages/SignInPage';
import { TalentPage } from '../pages/TalentPage';
import { usePreferences } from '../prefs/PreferencesContext';
import { useSession } from '../session/SessionContext';

function RequireSession({ children }: { children: React.ReactNode }) {
  const { status } = useSession();
  const { t } = usePreferences();
  const location = useLocation();
  if (status === 'loading') return <p className="acme-loading">{t('common.loading')}</p>;
  if (status !== 'signed-in') {
    return (
      <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />
    );
  }
  return <>{children}</>;
}

/** Every page of the portal; all but sign-in need a session. */
export function PortalRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        element={
          <RequireSession>
            <Layout />
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="goals" element={<GoalsPage />} />
        <Route path="kpis" element={<KpisPage />} />
        <Route path="feedback" element={<FeedbackPage />} />
        <Route path="feedback/give/:requestId" element={<GiveFeedbackPage />} />
        <Route path="talent" element={<TalentPage />} />
        <Route path="developer" element={<DeveloperPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
